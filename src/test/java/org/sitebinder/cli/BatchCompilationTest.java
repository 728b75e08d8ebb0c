package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCompilationTest {
    @TempDir
    Path tmp;

    @Test
    void onlyLargeInputsOnSmallMachinesDropC2() {
        long large = BatchCompilation.LARGE_INPUT;
        assertThat(BatchCompilation.wanted(100L << 20, 2)).isTrue();
        assertThat(BatchCompilation.wanted(large, 1)).isTrue();
        assertThat(BatchCompilation.wanted(large - 1, 2)).as("a small input").isFalse();
        assertThat(BatchCompilation.wanted(100L << 20, 4)).as("C2 has a core of its own").isFalse();
        assertThat(BatchCompilation.wanted(0, 2)).as("unreadable files").isFalse();
    }

    /** In a JVM of its own: the test JVM keeps its compiler. */
    @Test
    void theDirectiveReachesTheJvmAndItsFileIsGone() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), BatchCompilationProbe.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), Charset.defaultCharset());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("added: 1 compiler directives added");
        List<String> lines = output.lines().map(String::trim).toList();
        int c2 = lines.indexOf("c2 directives:");
        assertThat(c2).as(output).isPositive();
        assertThat(lines.get(c2 + 2)).as("the first directive's C2 settings").contains("Exclude:true");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("temporary files left").isEmpty();
        }
    }
}
