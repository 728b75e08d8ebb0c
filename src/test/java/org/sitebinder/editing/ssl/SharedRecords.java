package org.sitebinder.editing.ssl;

import java.time.Instant;
import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * A server where 0.0.0.0:443 serves three sites (Docs only through the fallback: its 10.0.0.9 has no
 * record), Intranet has its own SNI record, Solo alone uses 0.0.0.0:8443 and Remote alone uses
 * WinRM's 0.0.0.0:5986.
 */
public final class SharedRecords {
    public static final String OLD = "3f1c0a7be2d94c56a8e1b0f27d6c4e9a15b3d802";
    public static final String NEW = "A94F03C1D2E5B6A7980F1E2D3C4B5A6978877665";
    public static final String INTRANET = "9b2e4d61f0a37c85e4d21b6a0c9f73e58a14d2c7";
    public static final String SOLO = "7a4f1e9c03d25b86f1c7a0e4d9b38c25e61f0a73";
    public static final String WINRM = "d1e6a3b8f05c42d97e3b1a60c8f54d29b7e0a1c6";
    public static final String WINRM_APP = "{afebb9ad-9b97-4a91-9ab5-daf4d59122f6}";
    public static final SslRecordKey ANY_443 = SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 443);
    public static final SslRecordKey ANY_8443 = SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 8443);
    public static final SslRecordKey ANY_5986 = SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 5986);
    public static final int DEFAULT = 0;
    public static final int SHOP = 1;
    public static final int DOCS = 2;
    public static final int INTRANET_SITE = 3;
    public static final int SOLO_SITE = 4;
    public static final int REMOTE = 5;

    private SharedRecords() {
    }

    public static ServerDocument document() {
        List<Site> sites = List.of(
                new Site(1L, "Default Web Site", List.of(Binding.of("http", "*:80:"), Binding.of("https", "*:443:"))),
                new Site(2L, "Shop", List.of(Binding.of("http", "*:80:shop.example"), Binding.of("https", "*:443:shop.example"))),
                new Site(3L, "Docs", List.of(Binding.of("https", "10.0.0.9:443:docs.example"))),
                new Site(4L, "Intranet", List.of(new Binding("https", "*:443:intranet.example", Binding.SSL_SNI))),
                new Site(5L, "Solo", List.of(Binding.of("https", "*:8443:"), Binding.of("https", "*:8443:solo.example"))),
                new Site(6L, "Remote", List.of(Binding.of("https", "*:5986:"))));
        List<SslRecord> records = List.of(
                new SslRecord(ANY_443, OLD, "MY", SslRecord.IIS_APP_ID),
                new SslRecord(SslRecordKey.hostnamePort("intranet.example", 443), INTRANET, "WebHosting", SslRecord.IIS_APP_ID),
                new SslRecord(ANY_8443, SOLO, "MY", SslRecord.IIS_APP_ID),
                new SslRecord(ANY_5986, WINRM, "MY", WINRM_APP));
        List<Certificate> certificates = List.of(
                certificate(OLD, "CN=shop.example, O=Contoso Ltd, C=US"),
                certificate(NEW, "CN=www.example, O=Contoso Ltd, C=US"),
                certificate(INTRANET, "CN=intranet.example"));
        return new ServerDocument("WEB01", sites, true, records, certificates, List.of(), Extras.NONE);
    }

    private static Certificate certificate(String thumbprint, String subject) {
        return new Certificate(thumbprint, subject, List.of(), "CN=Contoso Issuing CA 01",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
    }

    public static SslRecord record(ServerDocument doc, SslRecordKey key) {
        return doc.sslRecords().stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
