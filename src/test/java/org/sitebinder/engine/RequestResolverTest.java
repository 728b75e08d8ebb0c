package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
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
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;

/** RULES.md section 5: which site answers, and with which certificate. */
class RequestResolverTest {
    private static final RequestResolver RESOLVER = new RequestResolver();

    private static final ServerDocument HTTP = doc(
            site("AnyExact", "http *:80:shop.example"),
            site("IpExact", "http 10.0.0.1:80:shop.example"),
            site("Wild", "http *:80:*.example"),
            site("WildLong", "http *:80:*.api.example"),
            site("WildIp", "http 10.0.0.1:80:*.example"),
            site("EmptyAny", "http *:80:"),
            site("EmptyIp", "http 10.0.0.2:80:"),
            site("Dup", "http *:80:shop.example"),
            stopped("Stopped", "http *:80:stopped.test", "http 10.0.0.3:80:"),
            site("Other", "http *:8080:", "https *:80:tls.test"));

    private static Arguments c(String host, int port, String ip, String expectedSite, String reason) {
        return Arguments.of(host, port, ip, expectedSite, reason);
    }

    static Stream<Arguments> http() {
        return Stream.of(
                c("shop.example", 80, "10.0.0.1", "IpExact", "exact host on 10.0.0.1"),
                c("SHOP.example", 80, "10.0.0.5", "AnyExact", "exact host on All Unassigned"),
                c("x.api.example", 80, "10.0.0.5", "WildLong", "wildcard host *.api.example"),
                c("api.example", 80, "10.0.0.1", "WildIp", "wildcard host *.example on 10.0.0.1"),
                c("api.example", 80, "10.0.0.5", "Wild", "wildcard host *.example on All Unassigned"),
                c("y.x.example", 80, "10.0.0.5", "EmptyAny", "empty host"),
                c("nothing.test", 80, "10.0.0.2", "EmptyIp", "empty host (any host name) on 10.0.0.2"),
                c("stopped.test", 80, "10.0.0.3", "EmptyAny", "empty host (any host name) on All Unassigned"),
                c("", 8080, "10.0.0.1", "Other", "empty host"),
                c("tls.test", 80, "10.0.0.9", "EmptyAny", "empty host"),
                c("a", 81, "10.0.0.1", null, "no started site"));
    }

    @ParameterizedTest(name = "http://{0}:{1} on {2}")
    @MethodSource("http")
    void http(String host, int port, String ip, String expectedSite, String reason) {
        Resolution r = RESOLVER.resolve(HTTP, "http", host, port, IpAddress.parseLiteral(ip));
        assertThat(r.site()).isEqualTo(expectedSite);
        assertThat(r.reason()).contains(reason);
        assertThat(r.record()).isNull();
        if (expectedSite == null) {
            assertThat(r.binding()).isNull();
            assertThat(r.siteIndex()).isEqualTo(-1);
        }
    }

    @Test
    void duplicatesGoToTheFirstSiteInDocumentOrder() {
        Resolution r = RESOLVER.resolve(HTTP, "http", "shop.example", 80, IpAddress.parseLiteral("10.0.0.9"));
        assertThat(r.site()).isEqualTo("AnyExact");
        assertThat(r.siteIndex()).isZero();
        assertThat(r.bindingRef()).isEqualTo(new BindingRef(0, 0));
        assertThat(r.binding()).isEqualTo("http *:80:shop.example");
    }

    private static final ServerDocument TLS = doc(List.of(record("shop.example:443", "5h"), record("10.0.0.1:443", "1p"),
                    record("[::]:443", "6a"), record("0.0.0.0:443", "4a"), record("8443", "(null)")),
            site("Shop", "https/1 *:443:shop.example"),
            site("Blog", "https *:443:blog.example"),
            site("Store", "https/2 *:8443:store.example"),
            site("Bare", "https *:9443:"));

    static Stream<Arguments> https() {
        return Stream.of(
                Arguments.of("shop.example", 443, "10.0.0.1", "Shop", "shop.example:443", "5h", "certificate by SNI record shop.example:443"),
                Arguments.of("blog.example", 443, "10.0.0.1", "Blog", "10.0.0.1:443", "1p", "certificate by IP record 10.0.0.1:443"),
                Arguments.of("blog.example", 443, "fe80::5", "Blog", "[::]:443", "6a", "certificate by fallback record [::]:443"),
                Arguments.of("blog.example", 443, "10.0.0.2", "Blog", "0.0.0.0:443", "4a", "certificate by fallback record 0.0.0.0:443"),
                Arguments.of("store.example", 8443, "10.0.0.2", "Store", "8443", "(null)", "Central Certificate Store record 8443"),
                Arguments.of("x", 9443, "10.0.0.2", "Bare", null, null, "the TLS handshake fails"));
    }

    @ParameterizedTest(name = "https://{0}:{1} on {2}")
    @MethodSource("https")
    void https(String host, int port, String ip, String site, String record, String thumb, String reason) {
        Resolution r = RESOLVER.resolve(TLS, "https", host, port, IpAddress.parseLiteral(ip));
        assertThat(r.site()).isEqualTo(site);
        assertThat(r.record() == null ? null : Endpoints.record(r.record())).isEqualTo(record);
        assertThat(r.thumbprint()).isEqualTo(thumb);
        assertThat(r.reason()).contains(reason);
    }

    @Test
    void noCertificateSaysTheHandshakeFailsAndCitesQ257332() {
        Resolution r = RESOLVER.resolve(doc(records(), site("A", "https *:443:a")), "https", "a", 443, IpAddress.parseLiteral("10.0.0.1"));
        assertThat(r.site()).isEqualTo("A");
        assertThat(r.record()).isNull();
        assertThat(r.reason()).contains("a:443", "10.0.0.1:443", "0.0.0.0:443", "TLS handshake fails", "Q257332");
    }

    @Test
    void recordsUnknownIsSaidPlainly() {
        Resolution r = RESOLVER.resolve(doc(site("A", "https *:443:a")), "https", "a", 443, IpAddress.parseLiteral("10.0.0.1"));
        assertThat(r.site()).isEqualTo("A");
        assertThat(r.record()).isNull();
        assertThat(r.reason()).isEqualTo("SSL records unknown (no --sslcert)");
    }
}
