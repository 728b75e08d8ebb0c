package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.records;
import static org.sitebinder.engine.Docs.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;

/** After any edit, the incremental result equals a full check of the edited document. */
class IncrementalCheckerTest {
    private final BindingEngine engine = new BindingEngine(Clock.fixed(RandomDocs.NOW, ZoneOffset.UTC));

    private static RandomDocs.Choices seeded(long seed) {
        Random random = new Random(seed);
        return new RandomDocs.Choices() {
            @Override
            public int pick(int n) {
                return random.nextInt(n);
            }

            @Override
            public String text() {
                String alphabet = "*:.[]1a0 4";
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                return sb.toString();
            }
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void randomEditsGiveWhatAFullCheckGives(long seed) {
        RandomDocs docs = new RandomDocs(seeded(seed));
        ServerDocument doc = docs.document(12);
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        assertThat(checker.findings().all()).isEqualTo(engine.check(doc).all());
        for (int step = 0; step < 150; step++) {
            doc = docs.edit(doc);
            Findings incremental = checker.update(doc);
            assertThat(incremental.all()).as("seed %d step %d", seed, step).isEqualTo(engine.check(doc).all());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void aProbedCandidateGetsItsOwnFindingsAndLeavesTheCheckerOnItsDocument(long seed) {
        RandomDocs docs = new RandomDocs(seeded(seed));
        ServerDocument doc = docs.document(12);
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        for (int step = 0; step < 100; step++) {
            ServerDocument candidate = docs.edit(doc);
            assertThat(checker.probe(candidate).all()).as("seed %d step %d: the candidate", seed, step)
                    .isEqualTo(engine.check(candidate).all());
            assertThat(checker.findings().all()).as("seed %d step %d: the document held", seed, step)
                    .isEqualTo(engine.check(doc).all());
            if (step % 3 == 0) {
                doc = docs.edit(doc);
                assertThat(checker.update(doc).all()).as("seed %d step %d: the next edit", seed, step)
                        .isEqualTo(engine.check(doc).all());
            }
        }
    }

    @Test
    void anEditThatTouchesHundredsOfGroupsGivesWhatAFullCheckGives() {
        // the catch-all https binding is served by every IP record of the port: each record is shared
        List<String> keys = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        sites.add(site("Catch-all", "https *:443:"));
        for (int i = 1; i <= 300; i++) {
            keys.add("10.0." + (i / 200) + "." + (i % 200) + ":443");
            sites.add(site("S" + i, "https 10.0." + (i / 200) + "." + (i % 200) + ":443:", "http *:80:s" + i));
        }
        ServerDocument doc = ServerDocument.ofSites("W", sites).withSslRecords(
                keys.stream().map(Docs::record).toList());
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        assertThat(checker.findings().all()).filteredOn(f -> f.code() == Code.SHARED_SSL_ENDPOINT).hasSize(300);

        for (String host : new String[] {"catch.example", "", "other.example"}) {
            doc = doc.withSite(0, doc.sites().get(0).withBinding(0, Docs.binding("https *:443:" + host)));
            assertThat(checker.update(doc).all()).as(host).isEqualTo(engine.check(doc).all())
                    .anySatisfy(f -> assertThat(f.bindings()).contains("https *:443:" + host));
        }
    }

    @Test
    void anEditThatLeavesAPortsGroupsAsTheyWereStillShowsTheNewTextsNamesAndFlags() {
        // an http binding on 443 conflicts with every https binding there; SNI-only https has no default
        ServerDocument doc = doc(records("a.example:443", "b.example:443"), site("Plain", "http *:443:"),
                site("A", "https/1 *:443:a.example"), site("B", "https/1 *:443:b.example"));
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        assertThat(checker.findings().all()).extracting(Finding::code)
                .containsExactly(Code.PROTOCOL_CONFLICT, Code.NO_DEFAULT_SSL);

        // the host of a binding in the conflict: same cell, same members, a new text
        ServerDocument host = doc.withSite(0, doc.sites().get(0).withBinding(0, Docs.binding("http *:443:plain.example")));
        assertThat(checker.update(host).all()).isEqualTo(engine.check(host).all()).first()
                .satisfies(f -> assertThat(f.bindings()).contains("http *:443:plain.example"));

        // a site renamed: same members, but the message names it
        ServerDocument renamed = host.withSite(1, host.sites().get(1).withName("Shop"));
        assertThat(checker.update(renamed).all()).isEqualTo(engine.check(renamed).all()).first()
                .satisfies(f -> assertThat(f.message()).contains("'Shop'"));

        // SNI cleared: same cell, but the port now has a binding for clients without SNI
        ServerDocument plain = renamed.withSite(2, renamed.sites().get(2).withBinding(0,
                renamed.sites().get(2).bindings().get(0).withSslFlags(0)));
        assertThat(checker.update(plain).all()).isEqualTo(engine.check(plain).all())
                .extracting(Finding::code).doesNotContain(Code.NO_DEFAULT_SSL);
    }

    @Test
    void fixingABindingClearsItsFindingAndBreakingOneRaisesIt() {
        ServerDocument doc = doc(records("a:443"), site("Blog", "http *:8443:"), site("Shop", "https/1 *:443:a"));
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        assertThat(checker.findings().all()).extracting(Finding::code).containsExactly(Code.NO_DEFAULT_SSL);

        ServerDocument broken = doc.withSite(1, doc.sites().get(1).withBinding(0, Docs.binding("https/1 *:8443:a")));
        assertThat(checker.update(broken).all()).extracting(f -> f.code() + " " + f.endpoint()).containsExactly(
                "MISSING_SSL_CERT a:8443", "PROTOCOL_CONFLICT *:8443", "NO_DEFAULT_SSL *:8443", "ORPHAN_SSL_CERT a:443");
        assertThat(checker.update(doc).all()).extracting(Finding::code).containsExactly(Code.NO_DEFAULT_SSL);
    }

    @Test
    void changedReservedPortsCertificatesAndRecordsAreRechecked() {
        ServerDocument doc = doc(records("0.0.0.0:443"), site("A", "https *:443:a.example", "http *:8080:"));
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        assertThat(checker.findings().all()).isEmpty();

        ServerDocument reserved = Docs.reserved(doc, 8080, "WinGate");
        assertThat(checker.update(reserved).all()).extracting(Finding::code).containsExactly(Code.PORT_IN_USE);

        ServerDocument expired = reserved.withCertificates(List.of(Docs.certificate(
                Docs.record("0.0.0.0:443").certificateHash(), "a.example", RandomDocs.NOW.minus(Duration.ofDays(1)))));
        assertThat(checker.update(expired).all()).extracting(Finding::code).containsExactly(Code.PORT_IN_USE, Code.CERT_EXPIRED);

        ServerDocument noRecords = expired.withSslRecords(List.of());
        assertThat(checker.update(noRecords).all()).extracting(Finding::code).containsExactly(Code.MISSING_SSL_CERT, Code.PORT_IN_USE);
        assertThat(checker.findings().all()).isEqualTo(engine.check(noRecords).all());
    }

    @Test
    void aCertificateThatExpiresBetweenTwoEditsIsReportedAtTheNextUpdate() {
        Instant[] now = {RandomDocs.NOW};
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        BindingEngine movingEngine = new BindingEngine(moving);
        ServerDocument doc = doc(records("0.0.0.0:443"), site("A", "https *:443:a.example"), site("B", "http *:80:"))
                .withCertificates(List.of(Docs.certificate(Docs.record("0.0.0.0:443").certificateHash(), "a.example",
                        RandomDocs.NOW.plus(Duration.ofDays(40)))));
        IncrementalChecker checker = new IncrementalChecker(movingEngine, doc);
        assertThat(checker.findings().all()).isEmpty();

        now[0] = RandomDocs.NOW.plus(Duration.ofDays(15));
        ServerDocument edited = doc.withSite(1, doc.sites().get(1).withBinding(0, Docs.binding("http *:81:")));
        assertThat(checker.update(edited).all()).extracting(Finding::code).containsExactly(Code.CERT_EXPIRED);
        assertThat(checker.findings().all().get(0).message()).contains("expires within 30 days");
    }

    @Test
    void anUnchangedDocumentKeepsItsFindings() {
        ServerDocument doc = doc(site("A", "http *:80:"), site("B", "http *:80:"));
        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        Findings first = checker.findings();
        assertThat(checker.update(doc)).isSameAs(first);
    }
}
