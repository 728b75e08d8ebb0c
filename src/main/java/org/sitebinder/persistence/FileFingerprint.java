package org.sitebinder.persistence;

/**
 * What a file was when it was read: size, modification time and a content hash. Two fingerprints
 * differ when another program changed the file in between.
 */
public record FileFingerprint(long size, long lastModifiedMillis, String sha256) {
}
