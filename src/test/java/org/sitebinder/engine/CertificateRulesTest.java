package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.certificate;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.projected;
import static org.sitebinder.engine.Docs.record;
import static org.sitebinder.engine.Docs.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;

/** CERT_NAME_MISMATCH and CERT_EXPIRED, with a fixed clock. */
class CertificateRulesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(365));
    private final BindingEngine engine = new BindingEngine(Clock.fixed(NOW, ZoneOffset.UTC));

    /** One record 0.0.0.0:443 with certificate {@code cert}, and the given bindings on site A. */
    private static ServerDocument served(Certificate cert, String... bindings) {
        return doc(List.of(record("0.0.0.0:443", cert.thumbprint().toUpperCase())), site("A", bindings))
                .withCertificates(List.of(cert));
    }

    private static Arguments c(String name, ServerDocument doc, String... expected) {
        return Arguments.of(name, doc, List.of(expected));
    }

    static Stream<Arguments> nameMismatch() {
        Certificate shop = certificate("a1b2", "shop.example", LATER, "www.shop.example");
        Certificate wildcard = certificate("c3d4", "*.example.com", LATER);
        return Stream.of(
                c("another name", served(shop, "https *:443:blog.example"), "A | *:443 | https *:443:blog.example"),
                c("wildcard covers one label only", served(wildcard, "https *:443:a.b.example.com"), "A | *:443 | https *:443:a.b.example.com"),
                c("wildcard does not cover the apex", served(wildcard, "https *:443:example.com"), "A | *:443 | https *:443:example.com"),
                c("bindings failing one certificate are one finding", served(shop, "https *:443:a.example", "https 10.0.0.1:443:b.example"),
                        "A | *:443 | https *:443:a.example; https 10.0.0.1:443:b.example"),
                c("CN matches", served(shop, "https *:443:shop.example")),
                c("a DNS SAN matches", served(shop, "https *:443:www.shop.example")),
                c("case-insensitive", served(shop, "https *:443:SHOP.Example")),
                c("one-label wildcard", served(wildcard, "https *:443:api.example.com")),
                c("the same wildcard host", served(wildcard, "https *:443:*.example.com")),
                c("empty host: any name", served(shop, "https *:443:")),
                c("certificate not known", doc(List.of(record("0.0.0.0:443", "ffff")), site("A", "https *:443:blog.example"))
                        .withCertificates(List.of(shop))),
                c("no certificates at all", doc(List.of(record("0.0.0.0:443", "a1b2")), site("A", "https *:443:blog.example"))));
    }

    static Stream<Arguments> expired() {
        return Stream.of(
                c("expired", served(certificate("a1", "a", NOW.minus(Duration.ofDays(2))), "https *:443:a"), "A | *:443 | https *:443:a"),
                c("expires in 10 days", served(certificate("a1", "a", NOW.plus(Duration.ofDays(10))), "https *:443:a"), "A | *:443 | https *:443:a"),
                c("expires in 31 days", served(certificate("a1", "a", NOW.plus(Duration.ofDays(31))), "https *:443:a")),
                c("valid for a year", served(certificate("a1", "a", LATER), "https *:443:a")),
                c("a record nobody uses", doc(List.of(record("0.0.0.0:8443", "a1")), site("A", "http *:80:a"))
                        .withCertificates(List.of(certificate("a1", "a", NOW.minus(Duration.ofDays(2)))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nameMismatch")
    void nameMismatch(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.CERT_NAME_MISMATCH)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expired")
    void expired(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.CERT_EXPIRED)).containsExactlyElementsOf(expected);
    }

    @Test
    void theMessageSaysExpiredOrExpiringWithTheDate() {
        Finding gone = engine.check(served(certificate("a1", "a", Instant.parse("2026-05-30T00:00:00Z")), "https *:443:a"))
                .all().stream().filter(f -> f.code() == Code.CERT_EXPIRED).findFirst().orElseThrow();
        Finding soon = engine.check(served(certificate("a1", "a", Instant.parse("2026-06-11T00:00:00Z")), "https *:443:a"))
                .all().stream().filter(f -> f.code() == Code.CERT_EXPIRED).findFirst().orElseThrow();
        assertThat(gone.message()).contains("expired on 2026-05-30").doesNotContain("within 30 days");
        assertThat(soon.message()).contains("expires within 30 days, on 2026-06-11");
    }

    @Test
    void theClockIsInjected() {
        ServerDocument doc = served(certificate("a1", "a", NOW.plus(Duration.ofDays(40))), "https *:443:a");
        BindingEngine later = new BindingEngine(Clock.fixed(NOW.plus(Duration.ofDays(20)), ZoneOffset.UTC));
        assertThat(projected(engine.check(doc), Code.CERT_EXPIRED)).isEmpty();
        assertThat(projected(later.check(doc), Code.CERT_EXPIRED)).hasSize(1);
    }
}
