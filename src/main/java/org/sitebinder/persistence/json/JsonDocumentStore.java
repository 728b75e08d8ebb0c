package org.sitebinder.persistence.json;

import java.io.IOException;
import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;

/** The native JSON document: read, and save atomically with a backup. */
public final class JsonDocumentStore {

    /** Reads a native document from bytes ({@code file} names it in messages). */
    public ServerDocument read(byte[] bytes, Path file) throws DocumentFormatException {
        throw new UnsupportedOperationException("stub: the store is being written");
    }

    public LoadedDocument load(Path file) throws IOException, DocumentFormatException {
        throw new UnsupportedOperationException("stub: the store is being written");
    }

    /** The document as JSON bytes (UTF-8). */
    public byte[] write(ServerDocument document) {
        throw new UnsupportedOperationException("stub: the store is being written");
    }

    /**
     * Saves atomically, keeping the previous version as a backup beside the target.
     *
     * @param expected the fingerprint the file had when loaded, or {@code null} to overwrite whatever is there
     * @return the saved file's new fingerprint
     * @throws ExternalChangeException the file changed on disk since {@code expected}; nothing was written
     */
    public FileFingerprint save(Path file, ServerDocument document, FileFingerprint expected) throws IOException {
        throw new UnsupportedOperationException("stub: the store is being written");
    }
}
