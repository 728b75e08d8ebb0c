package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.persistence.DocumentFormatException;

/** Reads the text of {@code netsh http show sslcert} in every shape CLI.md lists. */
public final class NetshReader {

    /** @param bytes the file's bytes (UTF-8, or UTF-16 with a BOM) */
    public List<SslRecord> read(byte[] bytes, Path file) throws IOException, DocumentFormatException {
        throw new UnsupportedOperationException("stub: the reader is being written");
    }
}
