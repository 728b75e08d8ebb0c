package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.records;
import static org.sitebinder.engine.Docs.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * Which records some leaving bindings use, and whether others still use them, in one pass: what
 * deleting a site, removing a binding and the dialog's certificate field are built on.
 */
class RecordsServingTest {
    private final ImpactAnalyzer analyzer = new ImpactAnalyzer();

    private static SslRecordKey key(String text) {
        return SslRecordKey.parse(text);
    }

    @Test
    void ownRecordSharedRecordFallbackAndNothingAtAll() {
        ServerDocument doc = doc(records("0.0.0.0:443", "shop.example:443", "10.0.0.9:443", "blog.example:8443"),
                site("Shop", "https/1 *:443:shop.example", "https *:443:"),
                site("Api", "https *:443:api.example"),
                site("Intranet", "https 10.0.0.5:443:", "http *:80:"),
                site("Blog", "https/1 *:8443:blog.example"));

        // its own Hostname:port record; for "*:443:", the 0.0.0.0:443 record and the record of the
        // specific IP 10.0.0.9, where a request for an All Unassigned binding can arrive: Api uses both
        assertThat(analyzer.recordsServing(doc, ref -> ref.site() == 0)).containsExactly(Map.entry(key("0.0.0.0:443"), true),
                Map.entry(key("shop.example:443"), false), Map.entry(key("10.0.0.9:443"), true));
        assertThat(analyzer.recordsServing(doc, new BindingRef(0, 0)::equals)).containsExactly(Map.entry(key("shop.example:443"), false));
        // 10.0.0.5 has no record of its own: it falls back to 0.0.0.0:443, which others use
        assertThat(analyzer.recordsServing(doc, ref -> ref.site() == 2)).containsExactly(Map.entry(key("0.0.0.0:443"), true));
        assertThat(analyzer.recordsServing(doc, new BindingRef(3, 0)::equals))
                .containsExactly(Map.entry(key("blog.example:8443"), false));
        // an http binding is served by no record
        assertThat(analyzer.recordsServing(doc, new BindingRef(2, 1)::equals)).isEmpty();
        assertThat(analyzer.recordsServing(doc.withSslRecords(records("10.0.0.9:443")), ref -> ref.site() == 2)).isEmpty();
    }

    @Test
    void recordsUnknownServeNothing() {
        assertThat(analyzer.recordsServing(doc(site("Shop", "https *:443:")), ref -> true)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void sayWhatRemappingEachRecordOneByOneWouldSay(long seed) {
        RandomDocs docs = RandomDocs.seeded(seed, "*:443:a.example", "10.0.0.1:443:");
        int compared = 0;
        for (int round = 0; round < 8; round++) {
            ServerDocument doc = docs.document(12);
            for (int step = 0; step < 20; step++) {
                doc = docs.edit(doc);
                for (int s = 0; s < doc.sites().size(); s++) {
                    int site = s;
                    compare(doc, ref -> ref.site() == site);
                    for (int b = 0; b < doc.sites().get(s).bindings().size(); b++) {
                        compared += compare(doc, new BindingRef(s, b)::equals).size();
                    }
                }
            }
        }
        assertThat(compared).as("bindings served by some record").isGreaterThan(5);
    }

    private Map<SslRecordKey, Boolean> compare(ServerDocument doc, Predicate<BindingRef> leaving) {
        Map<SslRecordKey, Boolean> onePass = analyzer.recordsServing(doc, leaving);
        assertThat(onePass).containsExactlyEntriesOf(oneByOne(doc, leaving));
        return onePass;
    }

    /** The definition: each record's remap impact, split into the leaving bindings and the others. */
    private Map<SslRecordKey, Boolean> oneByOne(ServerDocument doc, Predicate<BindingRef> leaving) {
        Map<SslRecordKey, Boolean> out = new LinkedHashMap<>();
        if (!doc.sslRecordsKnown()) {
            return out;
        }
        for (SslRecord r : doc.sslRecords()) {
            if (out.containsKey(r.key())) {
                continue;
            }
            boolean theirs = false;
            boolean others = false;
            for (Affected a : analyzer.remapRecord(doc, r.key()).affected()) {
                if (leaving.test(a.bindingRef())) {
                    theirs = true;
                } else {
                    others = true;
                }
            }
            if (theirs) {
                out.put(r.key(), others);
            }
        }
        return out;
    }
}
