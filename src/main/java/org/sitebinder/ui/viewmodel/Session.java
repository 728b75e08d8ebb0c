package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.engine.IncrementalChecker;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;

/**
 * A document ready to be shown: read and fully checked off the FX thread, adopted on it.
 *
 * @param document    the document
 * @param checker     the incremental checker, already holding the first full check
 * @param file        where it came from, or {@code null} (new document, embedded demo)
 * @param kind        what the file was, or {@code null} when there is no file
 * @param fingerprint the file's state when read, or {@code null}
 * @param name        what the title bar calls it when there is no file ("demo", "untitled")
 */
public record Session(ServerDocument document, IncrementalChecker checker, Path file, LoadedDocument.Kind kind,
                      FileFingerprint fingerprint, String name) {

    /** The name the title and the status bar show. */
    public String displayName() {
        return file == null ? name : String.valueOf(file.getFileName());
    }
}
