package org.sitebinder.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads any document Sitebinder knows, recognised by its content not its extension (CLI.md): a
 * native JSON document or an applicationHost.config (whole or a fragment), optionally with a
 * {@code netsh http show sslcert} listing that replaces the document's SSL records.
 */
public final class DocumentLoader {

    /**
     * @param file          the document
     * @param netshListing  a netsh listing, or {@code null}
     * @throws DocumentFormatException malformed or hostile input: one line naming file, line and column
     */
    public LoadedDocument load(Path file, Path netshListing) throws IOException, DocumentFormatException {
        throw new UnsupportedOperationException("stub: the readers are being written");
    }
}
