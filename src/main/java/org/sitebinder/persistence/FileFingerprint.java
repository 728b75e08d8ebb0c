package org.sitebinder.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file was when it was read: size, modification time and a content hash. Two fingerprints
 * differ when another program changed the file in between.
 */
public record FileFingerprint(long size, long lastModifiedMillis, String sha256) {

    /**
     * The fingerprint of content just read from a file, with the modification time the file had.
     * Built from the bytes actually read, so a change between reading and hashing cannot slip by.
     */
    public static FileFingerprint of(byte[] content, long lastModifiedMillis) {
        return new FileFingerprint(content.length, lastModifiedMillis, sha256(content));
    }

    /**
     * The fingerprint of the file as it is on disk now.
     *
     * @return the fingerprint, or {@code null} when the file does not exist
     */
    public static FileFingerprint of(Path file) throws IOException {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            return of(FileBytes.read(file), modified);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Lower-case hex SHA-256 of {@code content}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's contract)
            throw new IllegalStateException(e);
        }
    }
}
