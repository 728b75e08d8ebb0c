package org.sitebinder.engine;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.domain.ServerDocument;

/**
 * The rules about certificate records: SHARED_SSL_ENDPOINT, ORPHAN_SSL_CERT, MISSING_SSL_CERT,
 * CERT_EXPIRED and CERT_NAME_MISMATCH, all through {@link SslLookup}'s "is served by".
 */
final class RecordRules {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final SslLookup ssl;
    private final IntList scratch = new IntList();

    RecordRules(SslLookup ssl) {
        this.ssl = ssl;
    }

    /** SHARED_SSL_ENDPOINT and ORPHAN_SSL_CERT of one record key. Orphans carry their listing index. */
    void record(ServerDocument document, int id, LongList served, FindingSink out) {
        SslRecordKey key = ssl.key(id);
        String endpoint = Endpoints.record(key);
        if (served.isEmpty()) {
            ssl.recordsOf(id, scratch);
            for (int i = 0; i < scratch.size(); i++) {
                SslRecord r = ssl.records().get(scratch.get(i));
                if (r.ownedByIis()) {
                    out.add(new Finding(Code.ORPHAN_SSL_CERT, Code.ORPHAN_SSL_CERT.severity(), List.of(), endpoint,
                            List.of(), String.format("The SSL record %s (certificate %s) serves no HTTPS binding of"
                                    + " any site: it is left over. Remove it (netsh http delete sslcert) unless"
                                    + " a site is about to use it.", endpoint, thumb(r)), List.of(), List.of()), scratch.get(i));
                }
            }
            return;
        }
        if (key.kind() == SslRecordKey.Kind.CCS) {
            return;
        }
        Group g = new Group(document, served.toArray());
        if (g.sites.size() < 2) {
            return;
        }
        out.add(g.finding(Code.SHARED_SSL_ENDPOINT, endpoint, String.format(
                "%s get their certificate from the one SSL record %s (certificate %s): changing or removing it for"
                        + " one of them changes or breaks HTTPS for all of them (KB 2405568). Give each site an SNI"
                        + " binding with its own Hostname:port record, or keep them on one certificate on purpose.",
                capital(g.siteList()), endpoint, thumb(ssl.record(id)))));
    }

    /** Records unknown: sites with non-SNI, non-CCS https bindings on one IP and port. */
    void sharedWithoutRecords(ServerDocument document, LongList bucket, FindingSink out) {
        if (bucket == null) {
            return;
        }
        Group g = new Group(document, bucket.toArray());
        if (g.sites.size() < 2) {
            return;
        }
        String endpoint = g.endpoint();
        out.add(g.finding(Code.SHARED_SSL_ENDPOINT, endpoint, String.format(
                "%s have HTTPS bindings without SNI on %s, so http.sys serves them from one certificate record:"
                        + " changing or removing it for one site changes or breaks HTTPS for all of them"
                        + " (KB 2405568). Give each site an SNI binding with its own Hostname:port record.",
                capital(g.siteList()), endpoint)));
    }

    void missing(ServerDocument document, GroupKeys.Missing key, LongList bucket, FindingSink out) {
        if (bucket == null) {
            return;
        }
        Group g = new Group(document, bucket.toArray());
        out.add(g.finding(Code.MISSING_SSL_CERT, key.expected(), String.format(
                "No SSL certificate record serves %s (expected %s): HTTPS clients of %s fail the TLS handshake"
                        + " (Q257332). Add a certificate for %s (netsh http add sslcert), or correct the binding.",
                bindingList(g), key.expected(), g.siteList(), key.expected())));
    }

    void certificate(ServerDocument document, GroupKeys.Cert key, LongList bucket, FindingSink out) {
        CertificateFacts cert = ssl.certificate(key.thumbprint());
        if (bucket == null || cert == null) {
            return;
        }
        Group g = new Group(document, bucket.toArray());
        String endpoint = g.endpoint();
        if (!key.expiry()) {
            List<String> hosts = new ArrayList<>();
            for (long ref : g.refs) {
                String h = g.binding(ref).address().host();
                if (!hosts.contains(h)) {
                    hosts.add(h);
                }
            }
            out.add(g.finding(Code.CERT_NAME_MISMATCH, endpoint, String.format(
                    "The certificate %s served on %s does not cover %s %s of %s: browsers show a name mismatch"
                            + " warning. Use a certificate whose subject or SAN names the host.",
                    cert.label(), endpoint, Words.plural(hosts.size(), "host", "hosts"), Words.quotedList(hosts),
                    g.siteList())));
            return;
        }
        String day = DAY.format(cert.certificate.notAfter());
        String when = cert.expiry == CertificateFacts.EXPIRED
                ? "expired on " + day + ": browsers refuse the connection"
                : "expires within 30 days, on " + day + ": after that browsers refuse the connection";
        out.add(g.finding(Code.CERT_EXPIRED, endpoint, String.format(
                "The certificate %s serving %s on %s %s. Renew it and remap the SSL record to the new certificate.",
                cert.label(), g.siteList(), endpoint, when)));
    }

    private static String bindingList(Group g) {
        List<String> shown = new ArrayList<>();
        for (long ref : g.refs) {
            shown.add(g.binding(ref).display());
        }
        return Words.quotedList(shown);
    }

    private static String thumb(SslRecord r) {
        String t = r.certificateHash().trim();
        return t.isEmpty() ? "(none)" : t;
    }

    private static String capital(String s) {
        return "Sites " + s;
    }
}
