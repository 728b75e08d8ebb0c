package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.records;
import static org.sitebinder.engine.Docs.site;

import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;

/** Report order and the per-site and per-binding indexes the GUI styles rows with. */
class FindingsTest {
    private final BindingEngine engine = new BindingEngine();

    private final ServerDocument doc = doc(records("0.0.0.0:9443", "0.0.0.0:443"),
            site("Zeta", "https *:443:z", "http *:80:a"),
            site("Alpha", "https *:443:a", "http *:80:a"),
            site("Beta", "http *:443:b", "http 10.0.0.1:80:a"),
            site("Quiet", "http *:8080:q"));

    @Test
    void errorsThenWarningsThenInfoThenCodeThenFirstSite() {
        assertThat(engine.check(doc).all()).extracting(f -> f.code() + " " + f.sites()).containsExactly(
                "DUPLICATE_BINDING [Zeta, Alpha]",
                "PROTOCOL_CONFLICT [Zeta, Alpha, Beta]",
                "SHARED_SSL_ENDPOINT [Zeta, Alpha]",
                "ORPHAN_SSL_CERT []",
                "OVERLAPPING_BINDING [Zeta, Alpha, Beta]");
    }

    @Test
    void indexesAnswerPerSiteAndPerBinding() {
        Findings findings = engine.check(doc);
        assertThat(findings.forSite(2)).extracting(Finding::code)
                .containsExactly(Code.PROTOCOL_CONFLICT, Code.OVERLAPPING_BINDING);
        assertThat(findings.worstForSite(2)).isEqualTo(Severity.ERROR);
        assertThat(findings.worstForSite(3)).isNull();
        assertThat(findings.forSite(3)).isEmpty();
        assertThat(findings.forBinding(new BindingRef(0, 0))).extracting(Finding::code)
                .containsExactly(Code.PROTOCOL_CONFLICT, Code.SHARED_SSL_ENDPOINT);
        assertThat(findings.worstForBinding(new BindingRef(2, 1))).isEqualTo(Severity.INFO);
        assertThat(findings.worstForBinding(new BindingRef(3, 0))).isNull();
        assertThat(findings.count(Severity.ERROR)).isEqualTo(2);
        assertThat(findings.count(Severity.WARNING)).isEqualTo(1);
        assertThat(findings.count(Severity.INFO)).isEqualTo(2);
    }

    @Test
    void aCleanDocumentHasNoFindings() {
        Findings findings = engine.check(doc(records("a:443", "0.0.0.0:443"), site("A", "https/1 *:443:a"), site("B", "https *:443:b")));
        assertThat(findings.all()).isEmpty();
        assertThat(findings.count(Severity.ERROR)).isZero();
    }
}
