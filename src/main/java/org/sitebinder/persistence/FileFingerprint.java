package org.sitebinder.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file was when it was read: size, modification time and a content hash. Two fingerprints
 * differ when another program changed the file in between.
 */
public record FileFingerprint(long size, long lastModifiedMillis, String sha256) {

    /** The fingerprint of a file whose content was just read as {@code bytes}. */
    public static FileFingerprint of(Path file, byte[] bytes) throws IOException {
        return new FileFingerprint(bytes.length, Files.getLastModifiedTime(file).toMillis(), sha256(bytes));
    }

    /** The fingerprint of a file as it is now on disk. */
    public static FileFingerprint of(Path file) throws IOException {
        return of(file, Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
