package org.sitebinder.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files read slice by slice are the files' bytes, whatever their size. */
class FileBytesTest {
    @TempDir
    Path dir;

    private byte[] roundTrip(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        Path file = dir.resolve("f" + size);
        Files.write(file, content);
        byte[] read = FileBytes.read(file);
        assertThat(read).as("%d bytes", size).isEqualTo(content);
        return read;
    }

    @Test
    void emptySmallSliceSizedAndMultiSliceFilesComeBackWhole() throws IOException {
        for (int size : new int[] {0, 1, 4096, FileBytes.SLICE - 1, FileBytes.SLICE, FileBytes.SLICE + 1, 3 * FileBytes.SLICE + 17}) {
            roundTrip(size);
        }
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        assertThatThrownBy(() -> FileBytes.read(dir.resolve("absent.config"))).isInstanceOf(NoSuchFileException.class);
    }
}
