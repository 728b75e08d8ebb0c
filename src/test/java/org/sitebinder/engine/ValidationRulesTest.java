package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.projected;
import static org.sitebinder.engine.Docs.site;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** INVALID_PORT, INVALID_ADDRESS, INVALID_HOST, SNI_WITHOUT_HOST, CCS_WITHOUT_HOST, one binding at a time. */
class ValidationRulesTest {
    private final BindingEngine engine = new BindingEngine();

    private static Arguments fires(Code code, String binding, String endpoint) {
        String shown = binding.replaceFirst("/\\d+", "");
        return Arguments.of(code, binding, List.of("A | " + endpoint + " | " + shown));
    }

    private static Arguments quiet(Code code, String binding) {
        return Arguments.of(code, binding, List.of());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                fires(Code.INVALID_PORT, "http *:0:a", "null"),
                fires(Code.INVALID_PORT, "http *:65536:a", "null"),
                fires(Code.INVALID_PORT, "http *:abc:a", "null"),
                fires(Code.INVALID_PORT, "http *::a", "null"),
                fires(Code.INVALID_PORT, "http 80", "null"),
                fires(Code.INVALID_PORT, "net.tcp abc:*", "null"),
                fires(Code.INVALID_PORT, "net.tcp 0:*", "null"),
                quiet(Code.INVALID_PORT, "http *:65535:a"),
                quiet(Code.INVALID_PORT, "http *:1:a"),
                quiet(Code.INVALID_PORT, "net.tcp 808:*"),
                quiet(Code.INVALID_PORT, "net.pipe *"),
                quiet(Code.INVALID_PORT, "msmq.formatname localhost"),
                quiet(Code.INVALID_PORT, "custom.proto garbage:::"),
                fires(Code.INVALID_ADDRESS, "http 999.0.0.1:80:a", "null"),
                fires(Code.INVALID_ADDRESS, "http ::1:80:a", "null"),
                fires(Code.INVALID_ADDRESS, "http [::g]:80:", "null"),
                fires(Code.INVALID_ADDRESS, "http 10.0.0:80:", "null"),
                fires(Code.INVALID_ADDRESS, "https localhost:443:", "null"),
                quiet(Code.INVALID_ADDRESS, "http *:80:"),
                quiet(Code.INVALID_ADDRESS, "http :80:"),
                quiet(Code.INVALID_ADDRESS, "http 0.0.0.0:80:"),
                quiet(Code.INVALID_ADDRESS, "http [::]:80:"),
                quiet(Code.INVALID_ADDRESS, "http [::1]:80:"),
                quiet(Code.INVALID_ADDRESS, "http 192.168.1.10:80:"),
                quiet(Code.INVALID_ADDRESS, "net.tcp 808:*"),
                fires(Code.INVALID_HOST, "http *:80:www.*.contoso.com", "null"),
                fires(Code.INVALID_HOST, "http *:80:*", "null"),
                fires(Code.INVALID_HOST, "http *:80:a b", "null"),
                fires(Code.INVALID_HOST, "http *:80:a/b", "null"),
                fires(Code.INVALID_HOST, "http *:80:shop?x", "null"),
                fires(Code.INVALID_HOST, "http *:80:*.*.contoso.com", "null"),
                quiet(Code.INVALID_HOST, "http *:80:*.contoso.com"),
                quiet(Code.INVALID_HOST, "http *:80:bücher.example"),
                quiet(Code.INVALID_HOST, "http *:80:"),
                quiet(Code.INVALID_HOST, "http *:80:localhost"),
                fires(Code.SNI_WITHOUT_HOST, "https/1 *:443:", "*:443"),
                fires(Code.SNI_WITHOUT_HOST, "https/97 10.0.0.1:443:", "10.0.0.1:443"),
                fires(Code.SNI_WITHOUT_HOST, "https/3 *:443:", "*:443"),
                quiet(Code.SNI_WITHOUT_HOST, "https/1 *:443:shop.example"),
                quiet(Code.SNI_WITHOUT_HOST, "https *:443:"),
                quiet(Code.SNI_WITHOUT_HOST, "https/96 *:443:"),
                quiet(Code.SNI_WITHOUT_HOST, "http/1 *:80:"),
                fires(Code.CCS_WITHOUT_HOST, "https/2 *:443:", "*:443"),
                fires(Code.CCS_WITHOUT_HOST, "https/3 [::1]:443:", "[::1]:443"),
                quiet(Code.CCS_WITHOUT_HOST, "https/2 *:443:shop.example"),
                quiet(Code.CCS_WITHOUT_HOST, "https/1 *:443:"),
                quiet(Code.CCS_WITHOUT_HOST, "http/2 *:80:"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void rule(Code code, String binding, List<String> expected) {
        assertThat(projected(engine.check(doc(site("A", binding))), code)).containsExactlyElementsOf(expected);
    }

    @Test
    void invalidPortUsesTheWordsOfIisManager() {
        Finding f = engine.check(doc(site("A", "http *:99999:a"))).all().get(0);
        assertThat(f.code()).isEqualTo(Code.INVALID_PORT);
        assertThat(f.message()).contains("'99999'", "positive integer between 1 and 65535", "'A'");
    }

    @Test
    void aBindingWithSeveralFaultsGetsOneFindingPerFault() {
        Findings findings = engine.check(doc(site("A", "http 999.1.1.1:0:a b")));
        assertThat(findings.all()).extracting(Finding::code)
                .containsExactly(Code.INVALID_ADDRESS, Code.INVALID_HOST, Code.INVALID_PORT);
    }
}
