package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.records;
import static org.sitebinder.engine.Docs.site;
import static org.sitebinder.engine.Docs.stopped;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecordKey;

/** RULES.md section 4: every site an operation on an SSL record touches. */
class ImpactAnalyzerTest {
    private static final ImpactAnalyzer IMPACT = new ImpactAnalyzer();

    /** Shop and Api on *:443 without SNI, Docs on 10.0.0.9 (reaches 0.0.0.0:443 through the fallback), Own with its SNI record. */
    private static final ServerDocument WEB = doc(records("0.0.0.0:443", "own.example:443", "10.0.0.1:443"),
            site("Shop", "https *:443:shop.example"),
            site("Api", "https *:443:api.example", "http *:80:api.example"),
            site("Docs", "https 10.0.0.9:443:docs.example"),
            site("Own", "https/1 *:443:own.example"),
            site("Ten", "https 10.0.0.1:443:ten.example"),
            stopped("Old", "https 10.0.0.7:443:old.example"));

    private static Arguments c(String name, Function<ServerDocument, Impact> op, ServerDocument doc, String... expected) {
        return Arguments.of(name, op, doc, List.of(expected));
    }

    static Stream<Arguments> table() {
        ServerDocument unknown = doc(site("A", "https *:443:a"), site("B", "https 0.0.0.0:443:b"), site("C", "https/1 *:443:c"),
                site("D", "https 10.0.0.1:443:d"));
        return Stream.of(
                c("remap 0.0.0.0:443, fallback included", d -> IMPACT.remapRecord(d, SslRecordKey.parse("0.0.0.0:443")), WEB,
                        "Shop https *:443:shop.example 0.0.0.0:443", "Api https *:443:api.example 0.0.0.0:443",
                        "Docs https 10.0.0.9:443:docs.example 0.0.0.0:443", "Old https 10.0.0.7:443:old.example 0.0.0.0:443"),
                c("remove a specific record serving All Unassigned bindings", d -> IMPACT.removeRecord(d, SslRecordKey.parse("10.0.0.1:443")),
                        WEB, "Shop https *:443:shop.example 10.0.0.1:443", "Api https *:443:api.example 10.0.0.1:443",
                        "Ten https 10.0.0.1:443:ten.example 10.0.0.1:443"),
                c("remove an SNI record", d -> IMPACT.removeRecord(d, SslRecordKey.parse("own.example:443")), WEB,
                        "Own https *:443:own.example own.example:443"),
                c("no such record", d -> IMPACT.removeRecord(d, SslRecordKey.parse("0.0.0.0:8443")), WEB),
                c("delete a site: the others, with the first touched record", d -> IMPACT.deleteSite(d, 0), WEB,
                        "Api https *:443:api.example 0.0.0.0:443", "Docs https 10.0.0.9:443:docs.example 0.0.0.0:443",
                        "Ten https 10.0.0.1:443:ten.example 10.0.0.1:443", "Old https 10.0.0.7:443:old.example 0.0.0.0:443"),
                c("delete a site on its own SNI record", d -> IMPACT.deleteSite(d, 3), WEB),
                c("remove a binding", d -> IMPACT.removeBinding(d, new BindingRef(2, 0)), WEB,
                        "Shop https *:443:shop.example 0.0.0.0:443", "Api https *:443:api.example 0.0.0.0:443",
                        "Old https 10.0.0.7:443:old.example 0.0.0.0:443"),
                c("remove an http binding", d -> IMPACT.removeBinding(d, new BindingRef(1, 1)), WEB),
                c("records unknown: equal IP and port, non-SNI", d -> IMPACT.deleteSite(d, 0), unknown,
                        "B https 0.0.0.0:443:b null"),
                c("records unknown: SNI touches nothing", d -> IMPACT.deleteSite(d, 2), unknown));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void affected(String name, Function<ServerDocument, Impact> op, ServerDocument doc, List<String> expected) {
        assertThat(op.apply(doc).affected()).extracting(a -> a.site() + " " + a.binding() + " "
                + (a.record() == null ? "null" : Endpoints.record(a.record()))).containsExactlyElementsOf(expected);
    }

    @Test
    void operationAndTargetAreEchoed() {
        assertThat(IMPACT.deleteSite(WEB, 0)).extracting(Impact::operation, Impact::target).containsExactly("delete-site", "Shop");
        assertThat(IMPACT.removeBinding(WEB, new BindingRef(2, 0))).extracting(Impact::operation, Impact::target)
                .containsExactly("remove-binding", "Docs https 10.0.0.9:443:docs.example");
        assertThat(IMPACT.remapRecord(WEB, SslRecordKey.parse("[fe80:0::1]:443"))).extracting(Impact::operation, Impact::target)
                .containsExactly("remap-ssl", "[fe80::1]:443");
        Affected first = IMPACT.removeRecord(WEB, SslRecordKey.parse("0.0.0.0:443")).affected().get(2);
        assertThat(first.siteIndex()).isEqualTo(2);
        assertThat(first.bindingRef()).isEqualTo(new BindingRef(2, 0));
    }
}
