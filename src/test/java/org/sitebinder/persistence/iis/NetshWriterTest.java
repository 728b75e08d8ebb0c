package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

class NetshWriterTest {

    private final NetshReader reader = new NetshReader();
    private final NetshWriter writer = new NetshWriter();

    @Test
    void writesNetshLayout() {
        SslRecord ccs = new SslRecord(SslRecordKey.ccs(443), "(null)", "", SslRecord.IIS_APP_ID);

        assertThat(writer.write(List.of(ccs), "\n")).isEqualTo("""

                SSL Certificate bindings:
                -------------------------

                    Central Certificate Store    : 443
                    Certificate Hash             : (null)
                    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
                    Certificate Store Name       : (null)

                """);
    }

    @Test
    void everyCorpusListingSurvivesARoundTrip() throws Exception {
        Path folder = Corpus.folder("netsh");
        for (String name : Corpus.files(folder)) {
            Path file = folder.resolve(name);
            List<SslRecord> records = reader.read(Files.readAllBytes(file), file);

            String text = writer.write(records, "\r\n");

            assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), file)).as(name).isEqualTo(records);
        }
    }

    @Test
    void emptyTableRoundTripsAsHeaderOnly() throws Exception {
        String text = writer.write(List.of(), "\n");

        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), null)).isEmpty();
    }
}
