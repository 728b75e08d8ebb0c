package org.sitebinder.bench.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * A large, mostly clean server: per five sites, three have http plus SNI https with their own
 * Hostname:port record, one has http plus non-SNI https on its own IP with an IP:port record, and
 * one has two http bindings. So 100,000 sites give 200,000 bindings, 80,000 https bindings (three
 * quarters SNI) and about 80,000 records. A handful of sites carry deliberate conflicts. Fully
 * determined by its arguments.
 */
final class BenchmarkDocument {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String WILDCARD = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c";
    private static final String EXPIRING = "11112222333344445555666677778888aaaabbbb";

    private BenchmarkDocument() {
    }

    static ServerDocument generate(int siteCount) {
        List<Site> sites = new ArrayList<>(siteCount);
        List<SslRecord> records = new ArrayList<>(siteCount);
        for (int i = 0; i < siteCount; i++) {
            String host = "site" + i + ".example";
            List<Binding> bindings = new ArrayList<>(2);
            bindings.add(new Binding("http", "*:80:" + host, 0));
            switch (i % 5) {
                case 3 -> {
                    String ip = "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
                    bindings.add(new Binding("https", ip + ":443:" + host, 0));
                    records.add(record(ip + ":443", WILDCARD));
                }
                case 4 -> bindings.add(new Binding("http", "*:8080:" + host, 0));
                default -> {
                    bindings.add(new Binding("https", "*:443:" + host, Binding.SSL_SNI));
                    records.add(record(host + ":443", WILDCARD));
                }
            }
            sites.add(new Site((long) i + 1, "Site " + i, "C:\\inetpub\\site" + i, "Pool" + (i % 50),
                    SiteState.STARTED, true, bindings, Extras.NONE));
        }
        addConflicts(sites, records);
        List<Certificate> certificates = List.of(
                new Certificate(WILDCARD, "CN=*.example", List.of("*.example"), "CN=Bench CA",
                        NOW.minus(Duration.ofDays(100)), NOW.plus(Duration.ofDays(300))),
                new Certificate(EXPIRING, "CN=expiring.example", List.of(), "CN=Bench CA",
                        NOW.minus(Duration.ofDays(300)), NOW.plus(Duration.ofDays(12))));
        return new ServerDocument("BENCH01", sites, true, records, certificates,
                List.of(new ReservedPort(8081, "WinGate")), Extras.NONE);
    }

    private static void addConflicts(List<Site> sites, List<SslRecord> records) {
        sites.add(site("Blog", "http *:8443:"));
        sites.add(site("Legacy", "https *:8443:legacy.example"));
        records.add(record("0.0.0.0:8443", WILDCARD));
        sites.add(site("Dup One", "http *:80:dup.example"));
        sites.add(site("Dup Two", "http *:80:dup.example"));
        sites.add(site("No Cert", "https 10.250.0.1:9443:nocert.example"));
        sites.add(new Site(null, "No Own Record", List.of(new Binding("https", "*:4443:fallback.example", Binding.SSL_SNI))));
        records.add(record("0.0.0.0:4443", WILDCARD));
        sites.add(site("site 7", "http *:80:renamed.example"));
        sites.add(site("Proxy Victim", "http *:8081:"));
        sites.add(site("Expiring", "https 10.250.0.2:443:expiring.example"));
        records.add(record("10.250.0.2:443", EXPIRING));
        sites.add(site("Bad Host", "http *:80:bad host"));
        records.add(record("0.0.0.0:9999", WILDCARD));
    }

    private static Site site(String name, String... httpish) {
        List<Binding> bindings = new ArrayList<>();
        for (String b : httpish) {
            int space = b.indexOf(' ');
            bindings.add(new Binding(b.substring(0, space), b.substring(space + 1), 0));
        }
        return new Site(null, name, bindings);
    }

    private static SslRecord record(String key, String hash) {
        return new SslRecord(SslRecordKey.parse(key), hash, "MY", SslRecord.IIS_APP_ID);
    }
}
