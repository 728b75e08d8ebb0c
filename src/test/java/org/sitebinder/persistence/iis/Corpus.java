package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus of real files, read in place (never copied into the repository). */
final class Corpus {

    private Corpus() {
    }

    static Path folder(String name) {
        Path root = Path.of(System.getProperty("sitebinder.corpus", "../shared/corpus"));
        Path folder = root.resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(folder), "corpus folder absent: " + folder);
        return folder;
    }

    /** INDEX.tsv rows without the header line, split on tabs. */
    static List<String[]> index(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("INDEX.tsv"));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the folder except the index. */
    static List<String> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("INDEX.tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
