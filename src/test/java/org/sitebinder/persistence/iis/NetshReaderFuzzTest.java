package org.sitebinder.persistence.iis;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Any bytes: the reader returns records or refuses with {@link DocumentFormatException}, and what it
 * returns survives a round trip through {@link NetshWriter}. Anything else is a finding.
 */
class NetshReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.txt");

    private final NetshReader reader = new NetshReader();
    private final NetshWriter writer = new NetshWriter();

    @FuzzTest(maxDuration = "3m")
    void readsOrRefusesCleanly(byte[] data) throws Exception {
        List<SslRecord> records;
        try {
            records = reader.read(data, FILE);
        } catch (DocumentFormatException refused) {
            if (refused.getMessage().contains("\n")) {
                throw new IllegalStateException("error message is not one line: " + refused.getMessage());
            }
            return;
        }
        List<SslRecord> again = reader.read(writer.write(records, "\r\n").getBytes(StandardCharsets.UTF_8), FILE);
        if (!again.equals(records)) {
            throw new IllegalStateException("round trip changed the records: " + records + " -> " + again);
        }
    }
}
