package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code check} over every real file of the corpus: read without an exception, findings where they apply. */
class CorpusCheckTest {
    private static final Path CORPUS = Path.of(System.getProperty("sitebinder.corpus", "../shared/corpus"));

    static Stream<Path> configs() throws IOException {
        return files("applicationhost", ".config");
    }

    static Stream<Path> listings() throws IOException {
        return files("netsh", ".txt");
    }

    private static Stream<Path> files(String folder, String suffix) throws IOException {
        Path dir = CORPUS.resolve(folder);
        // Skip only when the corpus does not exist at all (outside this workplace), never when a file fails.
        assumeTrue(Files.isDirectory(dir), "corpus not present");
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            assertThat(files).isNotEmpty();
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void everyConfigIsChecked(Path config) throws IOException {
        CliRun run = CliRun.of("check", config.toString(), "--format", "json");

        if (config.getFileName().toString().contains("MALFORMED")) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains(config.getFileName().toString()).contains("not well-formed")
                    .matches("(?s).*\\.config:\\d+:\\d+: .*");
            assertThat(run.err().lines()).hasSize(1);
        } else {
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
            assertThat(new ObjectMapper().readTree(run.out()).get("summary")).isNotNull();
            assertThat(run.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("listings")
    void everyListingIsReadWithAConfig(Path listing) throws IOException {
        Path config = CORPUS.resolve("applicationhost/23-mattgillard-iis-reverse-proxy-http-https-443.config");

        CliRun run = CliRun.of("check", config.toString(), "--sslcert", listing.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
    }
}
