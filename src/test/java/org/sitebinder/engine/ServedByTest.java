package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.binding;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RULES.md section 2's table: which records serve an https binding, first of its row first. */
class ServedByTest {
    private static final String[] ALL = {"0.0.0.0:443", "[::]:443", "10.0.0.1:443", "[fe80::1]:443", "a:443", "443", "10.0.0.2:443"};

    private static Arguments c(String binding, String[] records, String... served) {
        return Arguments.of(binding, List.of(records), List.of(served));
    }

    static Stream<Arguments> table() {
        String[] none = {};
        return Stream.of(
                c("https/2 *:443:a", ALL, "443"),
                c("https/3 *:443:a", ALL, "443"),
                c("https/2 *:443:a", new String[] {"0.0.0.0:443"}),
                c("https/1 *:443:a", ALL, "a:443"),
                c("https/97 10.0.0.1:443:A", ALL, "a:443"),
                c("https/1 *:443:b", ALL, "0.0.0.0:443", "[::]:443", "10.0.0.1:443", "[fe80::1]:443", "10.0.0.2:443"),
                c("https/1 10.0.0.9:443:b", ALL, "0.0.0.0:443"),
                c("https 10.0.0.1:443:b", ALL, "10.0.0.1:443"),
                c("https 10.0.0.1:443:a", ALL, "10.0.0.1:443", "a:443"),
                c("https 10.0.0.9:443:a", ALL, "0.0.0.0:443", "a:443"),
                c("https [fe80:0:0:0:0:0:0:1]:443:", ALL, "[fe80::1]:443"),
                c("https [::2]:443:", ALL, "[::]:443"),
                c("https [::2]:443:", new String[] {"0.0.0.0:443"}, "0.0.0.0:443"),
                c("https 10.0.0.9:443:", new String[] {"[::]:443"}),
                c("https *:443:", ALL, "0.0.0.0:443", "[::]:443", "10.0.0.1:443", "[fe80::1]:443", "10.0.0.2:443"),
                c("https *:443:a", ALL, "0.0.0.0:443", "[::]:443", "10.0.0.1:443", "[fe80::1]:443", "10.0.0.2:443", "a:443"),
                c("https *:443:", new String[] {"0.0.0.0:8443", "a:443"}),
                c("https *:443:a", none));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("table")
    void servedBy(String spec, List<String> recordKeys, List<String> expected) {
        SslLookup ssl = new SslLookup(doc(records(recordKeys.toArray(String[]::new))), Instant.EPOCH);
        IntList out = new IntList();
        ssl.servedBy(binding(spec), out);
        List<String> served = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            served.add(Endpoints.record(ssl.key(out.get(i))));
        }
        assertThat(served).containsExactlyElementsOf(expected);
    }
}
