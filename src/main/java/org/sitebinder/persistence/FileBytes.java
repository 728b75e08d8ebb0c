package org.sitebinder.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a whole file in slices of {@value #SLICE} bytes. {@code Files.readAllBytes} hands the
 * channel one buffer the size of the file, and the channel reads it through a temporary native
 * buffer just as large, which the thread then keeps: reading a 45 MB applicationHost.config and a
 * 58 MB netsh listing held 100 MB of native memory beside the two arrays.
 */
public final class FileBytes {
    static final int SLICE = 1 << 20;

    private FileBytes() {
    }

    public static byte[] read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException(file + ": too large to read (" + size + " bytes)");
            }
            byte[] bytes = new byte[(int) size];
            int length = 0;
            while (true) {
                if (length == bytes.length) {
                    // at the size the file had: done unless it grew since, or has no size (a pipe)
                    ByteBuffer probe = ByteBuffer.allocate(1);
                    if (channel.read(probe) < 0) {
                        break;
                    }
                    long grown = Math.min(Integer.MAX_VALUE - 16L, Math.max(SLICE, bytes.length * 2L));
                    if (grown == bytes.length) {
                        throw new IOException(file + ": too large to read");
                    }
                    bytes = Arrays.copyOf(bytes, (int) grown);
                    bytes[length++] = probe.get(0);
                    continue;
                }
                int read = channel.read(ByteBuffer.wrap(bytes, length, Math.min(SLICE, bytes.length - length)));
                if (read < 0) {
                    break;
                }
                length += read;
            }
            return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
    }
}
