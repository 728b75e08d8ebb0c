package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * Any document, however odd its bindings, is checked without an exception, and every edit checked
 * incrementally gives what a full check gives, as does a candidate probed between edits. Impact
 * and resolve never throw, and the one-pass records a site uses agree with each record's remap.
 */
class EngineFuzzTest {
    private final BindingEngine engine = new BindingEngine(Clock.fixed(RandomDocs.NOW, ZoneOffset.UTC));

    @FuzzTest(maxDuration = "3m")
    void engineNeverThrowsAndIncrementalEqualsFull(FuzzedDataProvider data) {
        RandomDocs docs = new RandomDocs(new RandomDocs.Choices() {
            @Override
            public int pick(int n) {
                return data.consumeInt(0, n - 1);
            }

            @Override
            public String text() {
                return data.consumeString(24);
            }
        });
        ServerDocument doc = docs.document(8);
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        int edits = data.consumeInt(0, 12);
        for (int i = 0; i < edits; i++) {
            if (data.consumeBoolean()) {
                // a dialog's candidate: its own findings, and the checker stays on the document
                ServerDocument candidate = docs.edit(doc);
                assertThat(checker.probe(candidate).all()).isEqualTo(engine.check(candidate).all());
                assertThat(checker.findings().all()).isEqualTo(engine.check(doc).all());
            }
            doc = docs.edit(doc);
            assertThat(checker.update(doc).all()).isEqualTo(engine.check(doc).all());
        }
        Findings findings = checker.findings();
        for (int s = 0; s < doc.sites().size(); s++) {
            findings.forSite(s);
            findings.worstForSite(s);
        }
        ImpactAnalyzer impact = new ImpactAnalyzer();
        if (!doc.sites().isEmpty()) {
            int s = data.consumeInt(0, doc.sites().size() - 1);
            impact.deleteSite(doc, s);
            if (!doc.sites().get(s).bindings().isEmpty()) {
                impact.removeBinding(doc, new BindingRef(s, 0));
            }
            // the one-pass answer of which records a site uses says what each record's remap says
            Map<SslRecordKey, Boolean> oneByOne = new LinkedHashMap<>();
            for (SslRecord r : doc.sslRecordsKnown() ? doc.sslRecords() : List.<SslRecord>of()) {
                List<Affected> affected = impact.remapRecord(doc, r.key()).affected();
                if (!oneByOne.containsKey(r.key()) && affected.stream().anyMatch(a -> a.bindingRef().site() == s)) {
                    oneByOne.put(r.key(), affected.stream().anyMatch(a -> a.bindingRef().site() != s));
                }
            }
            assertThat(impact.recordsServing(doc, ref -> ref.site() == s)).containsExactlyEntriesOf(oneByOne);
        }
        SslRecordKey key = SslRecordKey.parse(data.consumeString(24));
        if (key != null) {
            impact.remapRecord(doc, key);
        }
        IpAddress ip = IpAddress.parseLiteral(data.consumeString(20));
        if (ip != null) {
            new RequestResolver().resolve(doc, data.pickValue(new String[] {"http", "https"}), data.consumeString(20),
                    data.consumeInt(1, 65535), ip);
        }
    }
}
