package org.sitebinder.bench.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * A shared-hosting server of {@code n} sites, shaped like the corpus: each site has http on 80 and
 * SNI https on 443 for its host, some listen on their own IP, most https hosts have their own
 * record, and about one site in a hundred collides with another (duplicate, http on 443, a port
 * held by a proxy), so the findings panel and the badges have work to do.
 */
final class LargeServer {

    private LargeServer() {
    }

    static ServerDocument generate(int n, long seed) {
        Random random = new Random(seed);
        List<Site> sites = new ArrayList<>(n);
        List<SslRecord> records = new ArrayList<>();
        List<Certificate> certs = new ArrayList<>();
        records.add(new SslRecord(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 443), thumb(0), "MY", SslRecord.IIS_APP_ID));
        certs.add(cert(0, "*.hosting.example"));
        for (int i = 1; i <= n; i++) {
            String host = "site" + i + ".hosting.example";
            List<Binding> bindings = new ArrayList<>();
            String ip = random.nextInt(20) == 0 ? "10.1." + (i / 250 % 250) + "." + (i % 250 + 1) : "*";
            bindings.add(Binding.of("http", ip + ":80:" + host));
            bindings.add(Binding.of("http", ip + ":80:www." + host));
            bindings.add(new Binding("https", ip + ":443:" + host, Binding.SSL_SNI | (random.nextInt(4) == 0 ? 64 : 0)));
            if (random.nextInt(3) != 0) {
                records.add(new SslRecord(SslRecordKey.hostnamePort(host, 443), thumb(i), "WebHosting", SslRecord.IIS_APP_ID));
                certs.add(cert(i, host));
            }
            switch (random.nextInt(100)) {
                case 0 -> bindings.add(Binding.of("http", "*:80:site" + Math.max(1, i - 1) + ".hosting.example"));
                case 1 -> bindings.add(Binding.of("http", "*:443:"));
                case 2 -> bindings.add(Binding.of("http", "*:8080:" + host));
                default -> { }
            }
            SiteState state = random.nextInt(50) == 0 ? SiteState.STOPPED : SiteState.STARTED;
            sites.add(new Site((long) i, "Site " + i, "D:\\sites\\site" + i, "Pool" + (i % 64), state, true, bindings, Extras.NONE));
        }
        return new ServerDocument("HOST01", sites, true, records, certs, List.of(new ReservedPort(8080, "WinGate proxy")),
                Extras.NONE);
    }

    private static String thumb(int i) {
        return String.format("%040x", 0x5eed0000L + i);
    }

    private static Certificate cert(int i, String host) {
        return new Certificate(thumb(i), "CN=" + host, List.of(host, "www." + host), "CN=Hosting CA",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
    }
}
