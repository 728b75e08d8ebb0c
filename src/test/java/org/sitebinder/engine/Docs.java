package org.sitebinder.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/** Terse builders for test documents: bindings as {@code "https/1 *:443:shop.example"} (protocol/sslFlags info). */
final class Docs {
    static final String OTHER_APP = "{5d89a20c-beab-4389-9447-324788eb944a}";

    private Docs() {
    }

    static Binding binding(String spec) {
        int space = spec.indexOf(' ');
        String head = space < 0 ? spec : spec.substring(0, space);
        String info = space < 0 ? "" : spec.substring(space + 1);
        int slash = head.indexOf('/');
        int flags = slash < 0 ? 0 : Integer.parseInt(head.substring(slash + 1));
        String protocol = slash < 0 ? head : head.substring(0, slash);
        return new Binding(protocol, info, flags);
    }

    static Site site(String name, String... bindings) {
        return new Site(null, name, Arrays.stream(bindings).map(Docs::binding).toList());
    }

    static Site site(long id, String name, String... bindings) {
        return new Site(id, name, Arrays.stream(bindings).map(Docs::binding).toList());
    }

    static Site stopped(String name, String... bindings) {
        return site(name, bindings).withState(SiteState.STOPPED);
    }

    /** Records unknown. */
    static ServerDocument doc(Site... sites) {
        return ServerDocument.ofSites("WEB01", List.of(sites));
    }

    /** Records known. */
    static ServerDocument doc(List<SslRecord> records, Site... sites) {
        return doc(sites).withSslRecords(records);
    }

    static SslRecord record(String key) {
        return record(key, "aa" + Integer.toHexString(key.hashCode()));
    }

    static SslRecord record(String key, String hash) {
        return record(key, hash, SslRecord.IIS_APP_ID);
    }

    static SslRecord record(String key, String hash, String appId) {
        SslRecordKey k = SslRecordKey.parse(key);
        if (k == null) {
            throw new IllegalArgumentException(key);
        }
        return new SslRecord(k, hash, "MY", appId);
    }

    static List<SslRecord> records(String... keys) {
        List<SslRecord> out = new ArrayList<>();
        for (String k : keys) {
            out.add(record(k));
        }
        return out;
    }

    static Certificate certificate(String thumbprint, String cn, Instant notAfter, String... sans) {
        return new Certificate(thumbprint, "CN=" + cn + ", O=Contoso", List.of(sans), "CN=Test CA",
                notAfter.minusSeconds(86400L * 365), notAfter);
    }

    static ServerDocument reserved(ServerDocument doc, int port, String label) {
        List<ReservedPort> ports = new ArrayList<>(doc.reservedPorts());
        ports.add(new ReservedPort(port, label));
        return doc.withReservedPorts(ports);
    }

    /** "sites | endpoint | bindings": what a script sees of a finding. */
    static String project(Finding f) {
        return String.join(",", f.sites()) + " | " + f.endpoint() + " | " + String.join("; ", f.bindings());
    }

    static List<String> projected(Findings findings, Code code) {
        return findings.all().stream().filter(f -> f.code() == code).map(Docs::project).toList();
    }
}
