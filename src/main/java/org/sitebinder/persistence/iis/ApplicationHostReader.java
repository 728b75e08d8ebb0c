package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Reads IIS applicationHost.config (IIS 7 to 10, IIS Express, Hostable Web Core) or any fragment of
 * it, streaming, with DTDs and external entities refused. SSL records are unknown in the result.
 */
public final class ApplicationHostReader {

    /**
     * @param in         the XML
     * @param file       the file name for messages
     * @param serverName the server name to give the document (the file does not hold one)
     */
    public ServerDocument read(InputStream in, Path file, String serverName) throws IOException, DocumentFormatException {
        throw new UnsupportedOperationException("stub: the reader is being written");
    }
}
