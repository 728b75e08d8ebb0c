package org.sitebinder.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
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
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.json.JsonDocumentStore;

/** Documents for the UI tests: the window sketch's server, with the conflicts an admin meets. */
public final class Fixtures {
    public static final String WEB01_THUMBPRINT = "3a9f1c6e5d0b4e7a8c2f6d1b9e0a7c4d5f8b2e61";

    private Fixtures() {
    }

    /** The embedded demo document the app opens by default. */
    public static ServerDocument demo() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/sitebinder/app/demo.json")) {
            if (in == null) {
                throw new IOException("the demo document is not on the test class path");
            }
            return new JsonDocumentStore().read(in.readAllBytes(), Path.of("demo.json"));
        } catch (IOException | DocumentFormatException e) {
            throw new IllegalStateException("the embedded demo document cannot be read", e);
        }
    }

    /**
     * WEB01: Default Web Site (http *:80, https *:443), Shop (http *:80:shop.example, https SNI
     * *:443:shop.example), Blog (http *:8081:blog.example), Intranet (stopped, 10.0.0.5:80).
     * No conflict but an SNI binding without its own record.
     */
    public static ServerDocument web01() {
        Site dflt = site(1, "Default Web Site", SiteState.STARTED, Binding.of("http", "*:80:"), Binding.of("https", "*:443:"));
        Site shop = site(2, "Shop", SiteState.STARTED, Binding.of("http", "*:80:shop.example"),
                new Binding("https", "*:443:shop.example", Binding.SSL_SNI));
        Site blog = site(3, "Blog", SiteState.STARTED, Binding.of("http", "*:8081:blog.example"));
        Site intranet = site(4, "Intranet", SiteState.STOPPED, Binding.of("http", "10.0.0.5:80:"));
        SslRecord record = new SslRecord(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 443), WEB01_THUMBPRINT, "MY", SslRecord.IIS_APP_ID);
        Certificate cert = new Certificate(WEB01_THUMBPRINT, "CN=*.example, O=Contoso", List.of("*.example", "shop.example"),
                "CN=Contoso CA", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"));
        return new ServerDocument("WEB01", List.of(dflt, shop, blog, intranet), true, List.of(record), List.of(cert),
                List.of(new ReservedPort(8080, "WinGate proxy")), Extras.NONE);
    }

    /** {@link #web01()} plus the conflicts of the sketch: Blog listens with http on 443, and Api duplicates Shop's http binding. */
    public static ServerDocument withConflicts() {
        ServerDocument doc = web01();
        Site blog = doc.sites().get(2).withAddedBinding(Binding.of("http", "*:443:"));
        Site api = site(5, "Api", SiteState.STARTED, Binding.of("http", "*:80:shop.example"));
        return doc.withSite(2, blog).withAddedSite(api);
    }

    public static Site site(long id, String name, SiteState state, Binding... bindings) {
        return new Site(id, name, "D:\\sites\\" + name.replace(' ', '-').toLowerCase(java.util.Locale.ROOT), name + "Pool",
                state, true, List.of(bindings), Extras.NONE);
    }
}
