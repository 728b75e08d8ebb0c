package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A decoding {@link Reader} that knows where it is: a byte sequence that is not valid in the file's
 * encoding fails with the line and column of the character it would have been, which the JDK's own
 * reader cannot tell (it decodes ahead of the parser).
 */
final class LocatingDecoder extends Reader {

    /**
     * Undecodable bytes at a known place in the text. A plain {@link IOException}: the parser reports
     * a {@link java.io.CharConversionException} on stderr before rethrowing it.
     */
    static final class BadBytes extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        BadBytes(String charset, int line, int column) {
            super("bytes that are not valid " + charset);
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private int line = 1;
    private int column = 1;

    LocatingDecoder(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            // the parser may ask again after the end (it does for a document as short as "<h/>"); a
            // flushed decoder must not be called again
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                track(buf, off, out.position() - off);
                throw new BadBytes(decoder.charset().name(), line, column);
            }
            if (result.isOverflow() || out.position() > off && !eof) {
                return track(buf, off, out.position() - off);
            }
            if (eof) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                int n = out.position() - off;
                return n == 0 ? -1 : track(buf, off, n);
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
    }

    private int track(char[] buf, int off, int n) {
        int lastBreak = -1;
        for (int i = off, end = off + n; i < end; i++) {
            if (buf[i] == '\n') {
                line++;
                lastBreak = i;
            }
        }
        column = lastBreak < 0 ? column + n : off + n - lastBreak;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
