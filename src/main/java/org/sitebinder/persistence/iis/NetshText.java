package org.sitebinder.persistence.iis;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a netsh listing into text: PowerShell 5's {@code >} writes UTF-16 LE with a
 * BOM, cmd.exe and later shells UTF-8. Undecodable bytes become U+FFFD rather than an error, because
 * a label we cannot read is still a label we keep.
 */
final class NetshText {

    private NetshText() {
    }

    /** Where the UTF-8 text starts (after a BOM), or -1 when {@link #decode} would read the bytes as UTF-16. */
    static int utf8Start(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return -1;
        }
        if (b.length >= 4 && (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0 || b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)) {
            return -1;
        }
        return 0;
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return decode(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return decode(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return decode(b, 2, StandardCharsets.UTF_16BE);
        }
        // A BOM-less UTF-16 file (a stripped copy) still shows ASCII text with every other byte zero.
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return decode(b, 0, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return decode(b, 0, StandardCharsets.UTF_16BE);
        }
        return decode(b, 0, StandardCharsets.UTF_8);
    }

    private static String decode(byte[] b, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException impossible) {
            // REPLACE never throws; keep the compiler satisfied without losing the text.
            return new String(b, offset, b.length - offset, charset);
        }
    }
}
