package org.sitebinder.persistence.iis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Decodes the XML bytes before the parser sees them. Left to itself, the JDK parser prints a
 * {@code [Fatal Error]} line on stderr for every undecodable byte, and the CLI promises exactly one
 * line there; decoding here turns bad bytes into an ordinary, located error.
 *
 * <p>The encoding is the BOM's, else the XML declaration's, else UTF-8 (XML 1.0, appendix F).
 */
final class XmlEncoding {

    private static final int PEEK = 1024;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private XmlEncoding() {
    }

    static Reader open(InputStream raw, Path file) throws IOException, DocumentFormatException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        int n = head.length;
        Charset charset;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && head[0] == '<' && head[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (n >= 2 && head[0] == 0 && head[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = declared(head, file);
        }
        in.skipNBytes(skip);
        return new LocatingDecoder(in, charset.newDecoder());
    }

    /**
     * Where the UTF-8 text of a whole file starts (after a BOM), or -1 when the file is in another
     * encoding, by the same rules as {@link #open}.
     */
    static int utf8Start(byte[] bytes, Path file) throws DocumentFormatException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || bytes[0] == '<' && bytes[1] == 0 || bytes[0] == 0 && bytes[1] == '<')) {
            return -1;
        }
        byte[] head = bytes.length <= PEEK ? bytes : java.util.Arrays.copyOf(bytes, PEEK);
        return declared(head, file) == StandardCharsets.UTF_8 ? 0 : -1;
    }

    /** The declaration's encoding, read as ASCII: every encoding IIS files use keeps ASCII as is. */
    private static Charset declared(byte[] head, Path file) throws DocumentFormatException {
        Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            throw new DocumentFormatException(file, 1, m.start(1) + 1, "unsupported encoding '" + name + "'");
        }
        // "UTF-16" declared over single-byte text (a copy re-saved by an editor): the bytes prove it is not.
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return StandardCharsets.UTF_8;
        }
        return charset;
    }
}
