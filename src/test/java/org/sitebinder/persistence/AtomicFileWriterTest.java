package org.sitebinder.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    private final AtomicFileWriter writer = new AtomicFileWriter();

    @TempDir
    Path dir;

    @Test
    void replacesTheContentAndKeepsThePreviousAsBackup() throws IOException {
        Path file = dir.resolve("web01.json");
        Files.writeString(file, "old");

        FileFingerprint written = writer.write(file, bytes("new"), AtomicFileWriter.Precondition.NONE);

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(Files.readString(dir.resolve("web01.json.bak"))).isEqualTo("old");
        assertThat(written).isEqualTo(FileFingerprint.of(file));
        assertThat(names()).containsExactlyInAnyOrder("web01.json", "web01.json.bak");
    }

    @Test
    void aFailingPreconditionWritesNothingAtAll() throws IOException {
        Path file = dir.resolve("web01.json");
        Files.writeString(file, "theirs");

        assertThatThrownBy(() -> writer.write(file, bytes("mine"), target -> {
            throw new IOException("changed on disk");
        })).hasMessage("changed on disk");
        assertThat(Files.readString(file)).isEqualTo("theirs");
        assertThat(names()).containsExactly("web01.json");
    }

    @Test
    void savingKeepsWhoMayReadTheFile() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX permissions");
        Path file = dir.resolve("web01.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        writer.write(file, bytes("new"), AtomicFileWriter.Precondition.NONE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("web01.json.bak"))))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsTheDefaultPermissionsNotOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX permissions");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "made the ordinary way");

        writer.write(dir.resolve("new.json"), bytes("{}"), AtomicFileWriter.Precondition.NONE);

        assertThat(Files.getPosixFilePermissions(dir.resolve("new.json")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
