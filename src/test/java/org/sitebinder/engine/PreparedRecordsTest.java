package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.record;
import static org.sitebinder.engine.Docs.site;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;

/** Records indexed ahead of a check (the CLI does it while the sites are read) give the same findings. */
class PreparedRecordsTest {

    @Test
    void aCheckOfTheDocumentHoldingThePreparedListFindsWhatAPlainCheckFinds() {
        List<SslRecord> records = List.of(record("0.0.0.0:443"), record("shop.example:443"), record("0.0.0.0:9443"));
        ServerDocument document = doc(records,
                site("Default Web Site", "https *:443:"),
                site("Shop", "https/1 *:443:shop.example"),
                site("Api", "https/1 *:443:api.example"));
        BindingEngine engine = new BindingEngine();
        engine.prepare(document.sslRecords());

        Findings prepared = engine.check(document);

        assertThat(prepared.all()).isEqualTo(new BindingEngine().check(document).all());
        assertThat(prepared.all()).extracting(Finding::code)
                .contains(Code.SHARED_SSL_ENDPOINT, Code.SNI_RECORD_MISSING, Code.ORPHAN_SSL_CERT);
    }

    @Test
    void recordsPreparedForAnotherListAreNotUsed() {
        BindingEngine engine = new BindingEngine();
        engine.prepare(List.of(record("0.0.0.0:443")));
        ServerDocument other = doc(List.of(record("0.0.0.0:8443")), site("Shop", "https *:443:"));

        assertThat(engine.check(other).all()).isEqualTo(new BindingEngine().check(other).all());
        assertThat(engine.check(other).all()).extracting(Finding::code).contains(Code.MISSING_SSL_CERT);
    }

    @Test
    void preparedRecordsAgreeWithAPlainCheckOnRandomDocuments() {
        RandomDocs docs = new RandomDocs(IncrementalCheckerTest.seeded(7));
        for (int i = 0; i < 200; i++) {
            // as read from applicationHost.config with a listing: records known, no certificates
            ServerDocument document = docs.document(12).withCertificates(List.of());
            document = document.withSslRecords(document.sslRecords());
            BindingEngine engine = new BindingEngine(java.time.Clock.fixed(RandomDocs.NOW, java.time.ZoneOffset.UTC));
            engine.prepare(document.sslRecords());
            assertThat(engine.check(document).all()).as("document %d", i)
                    .isEqualTo(new BindingEngine(java.time.Clock.fixed(RandomDocs.NOW, java.time.ZoneOffset.UTC))
                            .check(document).all());
        }
    }
}
