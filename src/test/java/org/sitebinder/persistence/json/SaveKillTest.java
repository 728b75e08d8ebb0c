package org.sitebinder.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitebinder.domain.ServerDocument;

/**
 * Kills a process in the middle of saving, again and again, and checks that the file on disk is
 * always one complete document, the old one or the new one: what an admin gets after a crash or a
 * power cut during Save.
 */
class SaveKillTest {
    private static final int KILLS = 40;
    private static final int SITES = 1000;

    private final JsonDocumentStore store = new JsonDocumentStore();

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewDocumentComplete() throws Exception {
        ServerDocument a = SampleDocuments.large(SITES, "a");
        ServerDocument b = SampleDocuments.large(SITES, "b");
        Path file = dir.resolve("web01.json");
        store.save(file, a, null);
        Random random = new Random(20261125L);
        int killedMidWrite = 0;

        for (int round = 0; round < KILLS; round++) {
            Process child = startSaver(file);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("the saver started").isEqualTo("saving");
                // a varied moment inside the save loop: not an assertion, only where the kill lands
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(120_000)));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(store.load(file).document()).as("round %d: the file", round).isIn(a, b);
            assertThat(Files.readAllBytes(dir.resolve("web01.json.bak"))).as("round %d: the backup", round)
                    .isIn(store.write(a), store.write(b));
            killedMidWrite += deleteTemporaryFiles();
        }
        System.out.printf("SaveKillTest: %d kills, %d of them left a half-written temporary file behind%n",
                KILLS, killedMidWrite);
    }

    private Process startSaver(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), AlternatingSaver.class.getName(),
                file.toString(), Integer.toString(SITES));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Temporary files of killed saves: evidence the kill landed mid-write; cleared for the next round. */
    private int deleteTemporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            for (Path temp : temps) {
                Files.delete(temp);
            }
            return temps.isEmpty() ? 0 : 1;
        }
    }
}
