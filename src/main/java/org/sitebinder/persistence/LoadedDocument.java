package org.sitebinder.persistence;

import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;

/**
 * A document as read from disk, with what it takes to save it safely later.
 *
 * @param document    the document
 * @param file        the file it came from
 * @param kind        what the file was
 * @param fingerprint the file's state when read, to notice a change on disk before overwriting
 */
public record LoadedDocument(ServerDocument document, Path file, Kind kind, FileFingerprint fingerprint) {

    /** The formats Sitebinder reads. */
    public enum Kind {
        /** The native JSON document: can be saved back over itself. */
        NATIVE_JSON,
        /** An IIS applicationHost.config (or fragment): never written back over (Save asks for a JSON file). */
        APPLICATION_HOST_CONFIG
    }
}
