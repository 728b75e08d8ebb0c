package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The CLI's JSON strings: what a script's JSON parser needs escaped, and nothing else. */
class JsonOutTest {

    private static String json(String value) {
        return new JsonOut().value(value).toString();
    }

    @Test
    void plainTextIsCopiedAsItIs() {
        assertThat(json("Default Web Site")).isEqualTo("\"Default Web Site\"");
        assertThat(json("")).isEqualTo("\"\"");
        assertThat(json("Straße 東京 café")).isEqualTo("\"Straße 東京 café\"");
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscapedWhereverTheyStand() {
        assertThat(json("\"quoted\"")).isEqualTo("\"\\\"quoted\\\"\"");
        assertThat(json("C:\\inetpub\\wwwroot")).isEqualTo("\"C:\\\\inetpub\\\\wwwroot\"");
        assertThat(json("a\nb\r\tc")).isEqualTo("\"a\\nb\\r\\tc\"");
    }

    @Test
    void controlCharactersAndJavaScriptLineSeparatorsBecomeUnicodeEscapes() {
        assertThat(json("x\u0001y")).isEqualTo("\"x\\u0001y\"");
        assertThat(json("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
        assertThat(json(null)).isEqualTo("null");
    }

    @Test
    void drainingHandsOverEverythingWrittenAndStartsEmpty() throws Exception {
        JsonOut j = new JsonOut().beginObject().field("site", "Shop \"EU\"");
        StringWriter sink = new StringWriter();
        j.drainTo(sink);
        assertThat(j.length()).isZero();
        j.endObject();
        j.drainTo(sink);
        assertThat(sink.toString()).isEqualTo("{\"site\": \"Shop \\\"EU\\\"\"}");
    }
}
