package org.sitebinder.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash or a power loss at any moment leaves either the complete old
 * content or the complete new content, never a mix, and keeps the previous version as
 * {@code <name>.bak} beside it.
 *
 * <p>The new content goes to a temporary file in the target's own directory (a rename is only
 * atomic within one file system), is forced to the disk, and is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}; finally the directory is forced so the rename itself
 * survives a power loss. On any failure the temporary file is deleted and the target is untouched.
 */
public final class AtomicFileWriter {

    /** Suffix of the backup kept beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** A check run before anything is written; throwing aborts the write. */
    @FunctionalInterface
    public interface Precondition {
        /** Throws when the target must not be overwritten (for example, it changed on disk). */
        void verify(Path target) throws IOException;

        Precondition NONE = target -> { };
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @param target       the file to replace or create
     * @param content      the complete new content
     * @param precondition run before anything is written
     * @return the fingerprint of the file as written
     * @throws IOException the precondition failed, or the write did; the target is then unchanged
     */
    public FileFingerprint write(Path target, byte[] content, Precondition precondition) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        precondition.verify(file);
        if (Files.exists(file)) {
            replace(file, file.resolveSibling(file.getFileName() + BACKUP_SUFFIX), FileBytes.read(file));
        }
        replace(file, file, content);
        forceDirectory(dir);
        return FileFingerprint.of(content, Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * Writes {@code content} to a temporary file beside {@code near}, then renames it to
     * {@code destination}. The temporary file takes the permissions {@code near} has (or the
     * defaults for a new file), so saving never quietly changes who may read the document.
     */
    private static void replace(Path near, Path destination, byte[] content) throws IOException {
        Path temp = createTemp(near);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(near, temp);
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + destination + " atomically on this file system", e);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Unlike {@link Files#createTempFile}, which makes the file owner-only, this keeps the default permissions. */
    private static Path createTemp(Path near) throws IOException {
        String prefix = "." + near.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = near.resolveSibling(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.exists(from) && Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /**
     * Makes the rename durable. Some platforms (Windows) cannot open or force a directory; there the
     * file system journals the rename itself, so the failure is ignored.
     */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here: see the method comment
        }
    }
}
