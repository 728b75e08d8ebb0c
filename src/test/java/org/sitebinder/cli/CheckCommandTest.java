package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path config(String sites) throws IOException {
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, "<configuration><system.applicationHost><sites>" + sites
                + "</sites></system.applicationHost></configuration>");
        return file;
    }

    private static String site(int id, String name, String... bindings) {
        StringBuilder sb = new StringBuilder("<site name=\"" + name + "\" id=\"" + id + "\"><bindings>");
        for (String b : bindings) {
            int space = b.indexOf(' ');
            sb.append("<binding protocol=\"").append(b, 0, space).append("\" bindingInformation=\"")
                    .append(b.substring(space + 1)).append("\"/>");
        }
        return sb.append("</bindings></site>").toString();
    }

    @Test
    void aCleanConfigExitsZeroAndSaysSo() throws IOException {
        Path file = config(site(1, "Default Web Site", "http *:80:") + site(2, "Shop", "http *:80:shop.example"));

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void httpAndHttpsOnOnePortIsAnErrorWithTheJsonShapeOfTheContract() throws IOException {
        Path file = config(site(1, "Blog", "http *:8443:") + site(2, "Legacy", "https *:8443:legacy.example"));

        CliRun run = CliRun.of("check", file.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        JsonNode conflict = root.get("findings").get(0);
        assertThat(conflict.get("code").asText()).isEqualTo("PROTOCOL_CONFLICT");
        assertThat(conflict.get("severity").asText()).isEqualTo("error");
        assertThat(conflict.get("sites")).extracting(JsonNode::asText).containsExactly("Blog", "Legacy");
        assertThat(conflict.get("endpoint").asText()).isEqualTo("*:8443");
        assertThat(conflict.get("bindings")).extracting(JsonNode::asText)
                .containsExactly("http *:8443:", "https *:8443:legacy.example");
        assertThat(conflict.get("message").asText()).contains("Blog").contains("Legacy");
        assertThat(root.get("summary").get("errors").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(conflict.fieldNames()).toIterable()
                .containsExactly("code", "severity", "sites", "endpoint", "bindings", "message");
    }

    @Test
    void textOutputIsOneLinePerFindingThenTheCounts() throws IOException {
        Path file = config(site(1, "A", "http *:80:") + site(2, "B", "http *:80:"));

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).first().asString().startsWith("error DUPLICATE_BINDING *:80 A, B: ");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValue("1 error, 0 warnings, 0 info");
    }

    @Test
    void aReservedPortGivenOnTheCommandLineIsPortInUse() throws IOException {
        Path file = config(site(1, "Shop", "http *:8080:"));

        CliRun run = CliRun.of("check", file.toString(), "--reserved", "8080=WinGate", "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode finding = JSON.readTree(run.out()).get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("PORT_IN_USE");
        assertThat(finding.get("endpoint").asText()).isEqualTo("*:8080");
        assertThat(finding.get("message").asText()).contains("WinGate");
    }

    @Test
    void aMissingFileIsBadInputInOneLine() {
        CliRun run = CliRun.of("check", dir.resolve("nope.config").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("nope.config").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.config");
        Files.writeString(file, "<configuration>\n  <sites>\n    <site name=\"x\">\n</configuration>\n");

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.config:4:").contains("not well-formed").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsBadInputInOneLine() throws IOException {
        Path file = config(site(1, "A", "http *:80:"));

        CliRun run = CliRun.of("check", file.toString(), "--colour");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void aFileThatIsNeitherJsonNorXmlIsBadInput() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello");

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("notes.txt").contains("not a Sitebinder JSON document");
    }

    @Test
    void theSslListingMakesAnHttpsBindingWithoutARecordAnError() throws IOException {
        Path file = config(site(1, "Shop", "https *:443:shop.example"));
        Path listing = dir.resolve("sslcert.txt");
        Files.writeString(listing, "SSL Certificate bindings:\n-------------------------\n\n"
                + "    IP:port                      : 0.0.0.0:8443\n"
                + "    Certificate Hash             : 8d90a17d2851f802b0a5619bf695b03544b8f5cb\n"
                + "    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}\n"
                + "    Certificate Store Name       : MY\n");

        CliRun run = CliRun.of("check", file.toString(), "--sslcert", listing.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode findings = JSON.readTree(run.out()).get("findings");
        assertThat(findings).extracting(f -> f.get("code").asText())
                .contains("MISSING_SSL_CERT", "ORPHAN_SSL_CERT");
    }
}
