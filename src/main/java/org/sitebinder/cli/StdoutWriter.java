package org.sitebinder.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Standard output for the commands: a String is encoded in one call and written, instead of being
 * widened to chars by a BufferedWriter and encoded again piece by piece (a check of a large server
 * writes megabytes of JSON). Same charset as Java's own {@code System.out} writer.
 */
final class StdoutWriter extends Writer {
    private final OutputStream out;
    private final Charset charset;

    StdoutWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
        out.write(part.getBytes(charset));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
