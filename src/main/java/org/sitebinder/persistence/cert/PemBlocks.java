package org.sitebinder.persistence.cert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitebinder.persistence.DocumentFormatException;

/** Finds the CERTIFICATE blocks of a PEM text, so that key blocks beside them are never parsed. */
final class PemBlocks {
    static final String BEGIN = "-----BEGIN ";
    private static final String BEGIN_CERT = "-----BEGIN CERTIFICATE-----";
    private static final String END_CERT = "-----END CERTIFICATE-----";

    /** One block with the 1-based line it starts on, for error messages. */
    record Block(String text, int line) {
    }

    private PemBlocks() {
    }

    static List<Block> certificates(Path file, String text) throws DocumentFormatException {
        List<Block> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf(BEGIN_CERT, from);
            if (start < 0) {
                return out;
            }
            int end = text.indexOf(END_CERT, start);
            if (end < 0) {
                throw new DocumentFormatException(file, lineOf(text, start), 1, "certificate block has no END CERTIFICATE line");
            }
            end += END_CERT.length();
            out.add(new Block(text.substring(start, end) + "\n", lineOf(text, start)));
            from = end;
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
