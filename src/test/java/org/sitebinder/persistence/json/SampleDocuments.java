package org.sitebinder.persistence.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/** Documents for the store's tests: every field set, unknown fields at every level. */
final class SampleDocuments {
    private SampleDocuments() {
    }

    static Extras extras(String tag) {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("owner", "ops-" + tag);
        nested.put("ticket", 4711);
        nested.put("tags", List.of("a", 2, true));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("x-" + tag, nested);
        fields.put("note", "kept by " + tag);
        fields.put("weight", new java.math.BigDecimal("1.50"));
        fields.put("big", 12345678901234L);
        fields.put("nothing", null);
        return Extras.of(fields);
    }

    static ServerDocument everyField() {
        Binding http = new Binding("http", "*:80:shop.example", 0, null, extras("binding"));
        Binding https = new Binding("https", "[::1]:443:shop.example", Binding.SSL_SNI | 64, null, Extras.NONE);
        Binding tcp = Binding.of("net.tcp", "808:*");
        Site shop = new Site(2L, "Shop", "D:\\sites\\shop", "ShopPool", SiteState.STOPPED, false,
                List.of(http, https, tcp), extras("site"));
        Site noId = new Site(null, "Bühne", "", "", SiteState.STARTED, true, List.of(), Extras.NONE);
        SslRecord record = new SslRecord(SslRecordKey.parse("shop.example:443"), "8d90a17d2851f802b0a5619bf695b03544b8f5cb",
                "WebHosting", SslRecord.IIS_APP_ID,
                List.of(new SslRecord.Field("Verify Client Certificate Revocation", "Enabled", extras("field")),
                        new SslRecord.Field("Ctl Store Name", "(null)")),
                extras("record"));
        SslRecord ccs = new SslRecord(SslRecordKey.ccs(443), "", "", SslRecord.IIS_APP_ID);
        SslRecord v6 = new SslRecord(SslRecordKey.parse("[::]:443"), "aa", "MY", "{00000000-0000-0000-0000-000000000000}");
        Certificate cert = new Certificate("8D90A17D2851F802B0A5619BF695B03544B8F5CB", "CN=shop.example, O=Contoso",
                List.of("shop.example", "*.shop.example"), "CN=Contoso CA",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T12:30:00.250Z"), extras("cert"));
        Certificate undated = new Certificate("ab", "", List.of(), "", null, null);
        return new ServerDocument("WEB01", List.of(shop, noId), true, List.of(record, ccs, v6),
                List.of(cert, undated),
                List.of(new ReservedPort(8080, "WinGate proxy", extras("port")), new ReservedPort(1433, "")),
                extras("document"));
    }

    /** About {@code sites} sites with three bindings each: large enough that a save takes a while. */
    static ServerDocument large(int sites, String variant) {
        List<Site> list = new ArrayList<>();
        for (int i = 1; i <= sites; i++) {
            list.add(new Site((long) i, variant + " site " + i, "D:\\sites\\" + variant + i, "Pool" + i,
                    SiteState.STARTED, true,
                    List.of(Binding.of("http", "*:80:" + variant + i + ".example"),
                            new Binding("https", "*:443:" + variant + i + ".example", Binding.SSL_SNI),
                            Binding.of("http", "10.0." + (i % 250) + ".1:8080:")),
                    Extras.NONE));
        }
        return new ServerDocument("WEB01", list, true, List.of(), List.of(), List.of(), Extras.NONE);
    }
}
