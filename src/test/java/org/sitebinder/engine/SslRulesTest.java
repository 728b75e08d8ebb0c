package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.OTHER_APP;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.projected;
import static org.sitebinder.engine.Docs.record;
import static org.sitebinder.engine.Docs.records;
import static org.sitebinder.engine.Docs.site;
import static org.sitebinder.engine.Docs.stopped;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;

/** MISSING_SSL_CERT, SHARED_SSL_ENDPOINT, SNI_RECORD_MISSING, NO_DEFAULT_SSL, ORPHAN_SSL_CERT. */
class SslRulesTest {
    private final BindingEngine engine = new BindingEngine();

    private static Arguments c(String name, ServerDocument doc, String... expected) {
        return Arguments.of(name, doc, List.of(expected));
    }

    static Stream<Arguments> missingSslCert() {
        return Stream.of(
                c("ANY expects 0.0.0.0:port", doc(records(), site("A", "https *:443:a")), "A | 0.0.0.0:443 | https *:443:a"),
                c("a specific IP expects its own record", doc(records("0.0.0.0:8443"), site("A", "https 10.0.0.1:443:a")),
                        "A | 10.0.0.1:443 | https 10.0.0.1:443:a"),
                c("IPv6 written as netsh prints it", doc(records(), site("A", "https [0:0:0:0:0:0:0:1]:443:")),
                        "A | [::1]:443 | https [0:0:0:0:0:0:0:1]:443:"),
                c("SNI expects h:port", doc(records(), site("A", "https/1 *:443:Shop.Example")),
                        "A | shop.example:443 | https *:443:Shop.Example"),
                c("CCS expects the bare port", doc(records("0.0.0.0:443"), site("A", "https/2 *:443:a")), "A | 443 | https *:443:a"),
                c("bindings expecting one record are one finding", doc(records(), site("A", "https *:443:a"), site("B", "https *:443:b")),
                        "A,B | 0.0.0.0:443 | https *:443:a; https *:443:b"),
                c("records unknown: never", doc(site("A", "https *:443:a"))),
                c("a specific IP falls back to 0.0.0.0:port", doc(records("0.0.0.0:443"), site("A", "https 10.0.0.1:443:a"))),
                c("IPv6 falls back to [::]:port", doc(records("[::]:443"), site("A", "https [::1]:443:a"))),
                c("IPv4 does not fall back to [::]:port", doc(records("[::]:443"), site("A", "https 10.0.0.1:443:a")),
                        "A | 10.0.0.1:443 | https 10.0.0.1:443:a"),
                c("SNI with its own record", doc(records("a:443"), site("A", "https/1 *:443:a"))),
                c("SNI served by a fallback is SNI_RECORD_MISSING instead", doc(records("0.0.0.0:443"), site("A", "https/1 *:443:a"))),
                c("non-SNI on ANY served by a specific record", doc(records("10.0.0.1:443"), site("A", "https *:443:a"))),
                c("non-SNI served by its host record", doc(records("a:443"), site("A", "https 10.0.0.1:443:a"))),
                c("a record of another program still serves", doc(List.of(record("0.0.0.0:443", "ab", OTHER_APP)), site("A", "https *:443:a"))),
                c("CCS with its port's record", doc(records("443"), site("A", "https/2 *:443:a"))),
                c("http needs no record", doc(records(), site("A", "http *:443:a"))));
    }

    static Stream<Arguments> sharedSslEndpoint() {
        return Stream.of(
                c("two non-SNI sites on 0.0.0.0:443", doc(records("0.0.0.0:443"), site("A", "https *:443:a"), site("B", "https *:443:b")),
                        "A,B | 0.0.0.0:443 | https *:443:a; https *:443:b"),
                c("a specific IP reaching 0.0.0.0:443 through the fallback", doc(records("0.0.0.0:443"), site("Shop", "https *:443:shop.example"),
                        site("Api", "https *:443:api.example"), site("Docs", "https 10.0.0.9:443:docs.example")),
                        "Shop,Api,Docs | 0.0.0.0:443 | https *:443:shop.example; https *:443:api.example; https 10.0.0.9:443:docs.example"),
                c("a specific record serves All Unassigned bindings", doc(records("10.0.0.1:443"), site("A", "https 10.0.0.1:443:a"),
                        site("B", "https *:443:b")), "A,B | 10.0.0.1:443 | https 10.0.0.1:443:a; https *:443:b"),
                c("an SNI binding without its record shares the fallback", doc(records("0.0.0.0:443"), site("A", "https *:443:a"),
                        site("B", "https/1 *:443:b")), "A,B | 0.0.0.0:443 | https *:443:a; https *:443:b"),
                c("a non-SNI binding shares the host record of an SNI site", doc(records("0.0.0.0:443", "b:443"),
                        site("A", "https/1 *:443:b"), site("B", "https *:443:b")), "A,B | b:443 | https *:443:b; https *:443:b"),
                c("records unknown: non-SNI on equal IP and port", doc(site("A", "https *:443:a"), site("B", "https 0.0.0.0:443:b")),
                        "A,B | *:443 | https *:443:a; https 0.0.0.0:443:b"),
                c("a CCS record never", doc(records("443"), site("A", "https/2 *:443:a"), site("B", "https/2 *:443:b"))),
                c("one site with two bindings is not shared", doc(records("0.0.0.0:443"), site("A", "https *:443:a", "https *:443:b"))),
                c("SNI sites with their own records", doc(records("a:443", "b:443"), site("A", "https/1 *:443:a"), site("B", "https/1 *:443:b"))),
                c("records unknown: SNI is not shared", doc(site("A", "https/1 *:443:a"), site("B", "https/1 *:443:b"))),
                c("records unknown: CCS is not shared", doc(site("A", "https/2 *:443:a"), site("B", "https/2 *:443:b"))),
                c("records unknown: other addresses", doc(site("A", "https 10.0.0.1:443:a"), site("B", "https 10.0.0.2:443:b"))),
                c("different IP records", doc(records("10.0.0.1:443", "10.0.0.2:443"), site("A", "https 10.0.0.1:443:a"),
                        site("B", "https 10.0.0.2:443:b"))));
    }

    static Stream<Arguments> sniRecordMissing() {
        return Stream.of(
                c("served by 0.0.0.0:443", doc(records("0.0.0.0:443"), site("A", "https/1 *:443:a")), "A | 0.0.0.0:443 | https *:443:a"),
                c("IPv6 served by [::]:443", doc(records("0.0.0.0:443", "[::]:443"), site("A", "https/97 [::1]:443:a")),
                        "A | [::]:443 | https [::1]:443:a"),
                c("served by its IP's record", doc(records("10.0.0.1:443"), site("A", "https/1 10.0.0.1:443:a")),
                        "A | 10.0.0.1:443 | https 10.0.0.1:443:a"),
                c("its own record", doc(records("0.0.0.0:443", "a:443"), site("A", "https/1 *:443:a"))),
                c("sslFlags 97 keeps the SNI bit", doc(records("0.0.0.0:443", "a:443"), site("A", "https/97 *:443:a"))),
                c("records unknown", doc(site("A", "https/1 *:443:a"))),
                c("no fallback either is MISSING_SSL_CERT", doc(records(), site("A", "https/1 *:443:a"))),
                c("non-SNI", doc(records("0.0.0.0:443"), site("A", "https *:443:a"))),
                c("CCS is served by its store", doc(records("0.0.0.0:443", "443"), site("A", "https/3 *:443:a"))));
    }

    static Stream<Arguments> noDefaultSsl() {
        return Stream.of(
                c("only SNI and no IP record", doc(records("a:443", "b:443"), site("A", "https/1 *:443:a"), site("B", "https/1 *:443:b")),
                        "A,B | *:443 | https *:443:a; https *:443:b"),
                c("SNI and CCS", doc(records("a:443", "443"), site("A", "https/1 *:443:a"), site("B", "https/2 *:443:b")),
                        "A,B | *:443 | https *:443:a; https *:443:b"),
                c("records unknown", doc(site("A", "https/1 *:443:a")), "A | *:443 | https *:443:a"),
                c("a non-SNI binding on the port", doc(records("a:443", "0.0.0.0:443"), site("A", "https/1 *:443:a"), site("B", "https *:443:"))),
                c("any IP:port record of the port", doc(records("a:443", "10.0.0.1:443"), site("A", "https/1 *:443:a"))),
                c("only http on the port", doc(records(), site("A", "http *:443:a"))));
    }

    static Stream<Arguments> orphanSslCert() {
        return Stream.of(
                c("an IIS record nobody uses", doc(records("0.0.0.0:9443"), site("A", "http *:80:")), " | 0.0.0.0:9443 | "),
                c("an IIS Express record", doc(List.of(record("[::1]:44300", "ab", SslRecord.IIS_EXPRESS_APP_ID))), " | [::1]:44300 | "),
                c("a CCS record nobody uses", doc(records("8443")), " | 8443 | "),
                c("a record of another program", doc(List.of(record("0.0.0.0:5986", "ab", OTHER_APP)))),
                c("a record that serves", doc(records("0.0.0.0:443"), site("A", "https *:443:"))),
                c("a specific record serving an All Unassigned binding", doc(records("10.0.0.1:443"), site("A", "https *:443:"))),
                c("a record reached through the fallback", doc(records("0.0.0.0:443"), site("A", "https 10.0.0.5:443:"))),
                c("a stopped site still uses its record", doc(records("0.0.0.0:443"), stopped("A", "https *:443:"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingSslCert")
    void missingSslCert(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.MISSING_SSL_CERT)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedSslEndpoint")
    void sharedSslEndpoint(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.SHARED_SSL_ENDPOINT)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sniRecordMissing")
    void sniRecordMissing(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.SNI_RECORD_MISSING)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noDefaultSsl")
    void noDefaultSsl(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.NO_DEFAULT_SSL)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orphanSslCert")
    void orphanSslCert(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.ORPHAN_SSL_CERT)).containsExactlyElementsOf(expected);
    }

    @Test
    void missingCertificateCitesTheHandshakeFailure() {
        Finding f = engine.check(doc(records(), site("Shop", "https *:443:shop.example"))).all().get(0);
        assertThat(f.message()).contains("'Shop'", "0.0.0.0:443", "TLS handshake", "Q257332");
    }

    @Test
    void sharedEndpointWarnsThatOneChangeHitsEverySite() {
        Finding f = engine.check(doc(records("0.0.0.0:443"), site("A", "https *:443:a"), site("B", "https *:443:b")))
                .all().stream().filter(x -> x.code() == Code.SHARED_SSL_ENDPOINT).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("'A' and 'B'", "0.0.0.0:443", "KB 2405568");
    }

    @Test
    void orphansAreListedInListingOrder() {
        Findings findings = engine.check(doc(records("0.0.0.0:9443", "0.0.0.0:1443", "a:443")));
        assertThat(findings.all()).extracting(Finding::endpoint).containsExactly("0.0.0.0:9443", "0.0.0.0:1443", "a:443");
        assertThat(findings.all()).allSatisfy(f -> assertThat(f.sites()).isEmpty());
    }
}
