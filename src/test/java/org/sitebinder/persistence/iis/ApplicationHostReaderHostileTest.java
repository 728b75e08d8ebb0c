package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitebinder.persistence.DocumentFormatException;

/** Hostile XML is refused with one clear line; the timeouts only guard against a hang. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ApplicationHostReaderHostileTest {

    private static final Path FILE = Path.of("evil.config");

    private final ApplicationHostReader reader = new ApplicationHostReader();

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE site [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<site name=\"&xxe;\" id=\"1\" />";

        assertThatThrownBy(() -> read(xml))
                .isInstanceOfSatisfying(DocumentFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void etcPasswdIsNotRead() {
        String xml = "<!DOCTYPE configuration [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<configuration><sites><site name=\"&xxe;\" /></sites></configuration>";

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("evil.config:1:")
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining("root:");
    }

    @Test
    void externalDtdIsNotFetched() {
        String xml = "<!DOCTYPE configuration SYSTEM \"http://203.0.113.1/evil.dtd\"><configuration />";

        assertThatThrownBy(() -> read(xml)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "lol" : "lol" + (i - 1);
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n<site name=\"&lol9;\" />";

        assertThatThrownBy(() -> read(xml)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void undeclaredEntityWithoutDoctypeIsNotWellFormed() {
        assertThatThrownBy(() -> read("<site name=\"&lol;\" />")).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void absurdNestingIsRefused() {
        String xml = "<a>".repeat(100_000) + "</a>".repeat(100_000);

        assertThatThrownBy(() -> read(xml)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void absurdAttributeCountIsRefused() {
        StringBuilder xml = new StringBuilder("<site");
        for (int i = 0; i < 20_000; i++) {
            xml.append(" a").append(i).append("=\"x\"");
        }
        xml.append(" />");

        assertThatThrownBy(() -> read(xml.toString())).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("attributes");
    }

    @Test
    void hugeAttributeValueInASiteIsRefused() {
        String xml = "<site name=\"" + "x".repeat(1 << 20) + "\" />";

        assertThatThrownBy(() -> read(xml)).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("attribute 'name' is longer than");
    }

    private void read(String xml) throws Exception {
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILE, "WEB01");
    }
}
