package org.sitebinder.engine;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    void record(ServerDocument document, int id, RefSets served, FindingSink out) {
        int count = served.size(id);
        if (count == 1) {
            return;
        }
        SslRecordKey key = ssl.key(id);
        String endpoint = Endpoints.record(key);
        if (count == 0) {
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
        Group g = new Group(document, served.toArray(id));
        if (g.sites.size() < 2) {
            return;
        }
        // concatenated, not String.format: a server can have tens of thousands of shared records
        out.add(g.finding(Code.SHARED_SSL_ENDPOINT, endpoint, capital(g.siteList())
                + " get their certificate from the one SSL record " + endpoint + " (certificate " + thumb(ssl.record(id))
                + "): changing or removing it for one of them changes or breaks HTTPS for all of them (KB 2405568)."
                + " Give each site an SNI binding with its own Hostname:port record, or keep them on one certificate"
                + " on purpose."));
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
        boolean ccs = key.expected().indexOf(':') < 0;
        String fix = ccs
                ? "Add a Central Certificate Store record for port " + key.expected() + " (netsh http add sslcert ccs="
                        + key.expected() + ")"
                : "Add a certificate for " + key.expected() + " (netsh http add sslcert)";
        out.add(g.finding(Code.MISSING_SSL_CERT, key.expected(), String.format(
                "No SSL certificate record serves %s (expected %s): HTTPS clients of %s fail the TLS handshake"
                        + " (Q257332). %s, or correct the binding.",
                bindingList(g), key.expected(), g.siteList(), fix)));
    }

    void certificate(ServerDocument document, GroupKeys.Cert key, LongList bucket, FindingSink out) {
        CertificateFacts cert = ssl.certificate(key.thumbprint());
        if (bucket == null || cert == null) {
            return;
        }
        Group g = new Group(document, bucket.toArray());
        String endpoint = g.endpoint();
        if (!key.expiry()) {
            Set<String> distinct = new LinkedHashSet<>();
            for (long ref : g.refs) {
                distinct.add(g.binding(ref).address().host());
            }
            List<String> hosts = new ArrayList<>(distinct);
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
