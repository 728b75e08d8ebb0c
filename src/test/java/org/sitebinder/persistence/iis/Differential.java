package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.persistence.DocumentFormatException;

/** Runs the UTF-8 fast path and the StAX path on the same bytes and holds them to the same answer. */
final class Differential {

    private static final Path FILE = Path.of("diff.config");

    /** What the fast path made of the input. */
    record Fast(List<Site> sites, Utf8SiteScanner.Declined declined) {
    }

    private Differential() {
    }

    /** @return null when the input is not UTF-8 by the reader's rules (the fast path never sees it) */
    static Fast fast(byte[] data) {
        int start;
        try {
            start = XmlEncoding.utf8Start(data, FILE);
        } catch (DocumentFormatException unsupportedEncoding) {
            return null;
        }
        if (start < 0) {
            return null;
        }
        try {
            return new Fast(Utf8SiteScanner.scan(data, start, data.length), null);
        } catch (Utf8SiteScanner.Declined declined) {
            return new Fast(null, declined);
        }
    }

    /** @return the document, or the refusal */
    static Object stax(byte[] data) throws IOException {
        try {
            return new ApplicationHostReader().readWithStax(new ByteArrayInputStream(data), FILE, "DIFF");
        } catch (DocumentFormatException refused) {
            return refused;
        }
    }

    /**
     * Fails unless the two paths agree: what the fast path accepts StAX accepts with an equal
     * document, and what the fast path calls malformed StAX refuses.
     *
     * @return what the fast path made of it (null when the input is not UTF-8)
     */
    static Fast check(byte[] data) throws IOException {
        Fast fast = fast(data);
        if (fast == null) {
            return null;
        }
        Object stax = stax(data);
        if (fast.sites() != null) {
            assertThat(stax).as("StAX on what the fast path accepted").isInstanceOf(ServerDocument.class);
            assertThat(((ServerDocument) stax).sites()).as("the sites of both paths").isEqualTo(fast.sites());
        } else if (fast.declined().malformed) {
            assertThat(stax).as("StAX on what the fast path calls malformed (%s)", fast.declined().getMessage())
                    .isInstanceOf(DocumentFormatException.class);
        }
        return fast;
    }

    /** 1-based line of a byte offset, counting CR LF, CR and LF as one line end each, as XML does. */
    static int line(byte[] data, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < data.length; i++) {
            if (data[i] == '\n' || data[i] == '\r' && (i + 1 >= data.length || data[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
