package org.sitebinder.persistence.iis;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Reads IIS applicationHost.config (IIS 7 to 10, IIS Express, Hostable Web Core) or any fragment of
 * it, streaming, with DTDs and external entities refused. SSL records are unknown in the result.
 *
 * <p>Sites are the {@code <site>} elements wherever they stand (under {@code <configuration>},
 * {@code <system.applicationHost>}, {@code <sites>}, {@code <location>}, or as the root). Everything
 * the model does not cover is skipped, never an error: only XML that is not well-formed, or that
 * carries a DOCTYPE, or that exceeds the size limits, is refused.
 *
 * <p>UTF-8 input (nearly every real file) goes through {@link Utf8SiteScanner}, which checks and reads
 * the bytes in place; other encodings, and whatever that scanner declines, go through StAX.
 */
public final class ApplicationHostReader {

    /** Made on first use: the UTF-8 fast path reads nearly every real file without StAX. */
    private XMLInputFactory factory;

    /**
     * @param in         the XML
     * @param file       the file name for messages
     * @param serverName the server name to give the document (the file does not hold one)
     * @return the sites in document order, all started, SSL records unknown
     * @throws DocumentFormatException the XML is not well-formed, has a DOCTYPE, or is too large or deep;
     *                                 the message names the file, line and column
     * @throws IOException             the stream could not be read
     */
    public ServerDocument read(InputStream in, Path file, String serverName) throws IOException, DocumentFormatException {
        return read(in.readAllBytes(), file, serverName);
    }

    /**
     * {@link #read(InputStream, Path, String)} on bytes already in memory, without copying them.
     *
     * @param bytes      the whole file
     * @param file       the file name for messages
     * @param serverName the server name to give the document
     * @return the sites in document order, all started, SSL records unknown
     * @throws DocumentFormatException the XML is not well-formed, has a DOCTYPE, or is too large or deep
     * @throws IOException             never in practice (the bytes are in memory); kept for the StAX path
     */
    public ServerDocument read(byte[] bytes, Path file, String serverName) throws IOException, DocumentFormatException {
        int start = XmlEncoding.utf8Start(bytes, file);
        if (start >= 0) {
            try {
                return ServerDocument.ofSites(serverName, Utf8SiteScanner.scan(bytes, start, bytes.length));
            } catch (Utf8SiteScanner.Declined declined) {
                // malformed, hostile or unusual: the StAX path decides, and words any error as it always has
            }
        }
        return readWithStax(new ByteArrayInputStream(bytes), file, serverName);
    }

    /** The reference path: StAX over the decoded text, for every encoding and every input the fast path declines. */
    ServerDocument readWithStax(InputStream in, Path file, String serverName) throws IOException, DocumentFormatException {
        XMLStreamReader xml = null;
        try {
            if (factory == null) {
                factory = SecureXml.factory();
            }
            xml = factory.createXMLStreamReader(XmlEncoding.open(in, file));
            List<Site> sites = new SiteScanner(xml).scan();
            return ServerDocument.ofSites(serverName, sites);
        } catch (XMLStreamException e) {
            throw translate(e, file, xml);
        } catch (RuntimeException e) {
            // The JDK parser signals some malformed input (odd encodings, broken surrogates) unchecked.
            throw new DocumentFormatException(file, line(xml), column(xml), "not well-formed: " + oneLine(e.getMessage()));
        } finally {
            close(xml);
        }
    }

    private static DocumentFormatException translate(XMLStreamException e, Path file, XMLStreamReader xml)
            throws IOException {
        Throwable nested = e.getNestedException();
        Location at = e.getLocation();
        int line = at == null ? line(xml) : Math.max(0, at.getLineNumber());
        int column = at == null ? column(xml) : Math.max(0, at.getColumnNumber());
        if (nested instanceof LocatingDecoder.BadBytes bad) {
            return new DocumentFormatException(file, bad.line, bad.column, "not well-formed: " + bad.getMessage());
        }
        if (nested instanceof IOException && !(nested instanceof CharConversionException)) {
            throw (IOException) nested;
        }
        String message = oneLine(stripLocation(e.getMessage()));
        String problem;
        if (message.startsWith("refused:")) {
            problem = message.substring("refused:".length()).trim();
        } else if (message.startsWith("JAXP")) {
            // the JDK's own size limits (entity expansion, names, attributes): hostile, not malformed
            problem = "refused, exceeds a size limit: " + message.substring(message.indexOf(':') + 1).trim();
        } else {
            problem = "not well-formed: " + message;
        }
        return new DocumentFormatException(file, line, column, problem);
    }

    /** The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the location is reported separately. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "malformed XML";
        }
        int m = message.indexOf("Message: ");
        return m >= 0 ? message.substring(m + "Message: ".length()) : message;
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed XML";
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    private static int line(XMLStreamReader xml) {
        try {
            return xml == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static int column(XMLStreamReader xml) {
        try {
            return xml == null ? 0 : Math.max(0, xml.getLocation().getColumnNumber());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // Closing a reader that already failed can fail again; the first error is the one reported.
            }
        }
    }

    /** Fails with a location-bearing message that {@link #translate} reports as is. */
    static XMLStreamException refused(XMLStreamReader xml, String why) {
        return new XMLStreamException("refused: " + why, xml.getLocation());
    }
}
