package org.sitebinder.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Any bytes given to the reader either become a document or a {@link DocumentFormatException}
 * (never another exception, which would reach the admin as a crash), and a document that was read
 * is saved and read back unchanged. Replays the saved inputs under {@code mvn test}; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class JsonDocumentStoreFuzzTest {
    private static final Path FILE = Path.of("fuzz.json");

    private final JsonDocumentStore store = new JsonDocumentStore();

    @FuzzTest(maxDuration = "3m")
    @DictionaryEntries({"\"schemaVersion\"", "\"server\"", "\"sites\"", "\"sslRecords\"", "\"certificates\"",
            "\"reservedPorts\"", "\"id\"", "\"name\"", "\"physicalPath\"", "\"applicationPool\"", "\"state\"",
            "\"autoStart\"", "\"bindings\"", "\"protocol\"", "\"bindingInformation\"", "\"sslFlags\"", "\"key\"",
            "\"certificateHash\"", "\"storeName\"", "\"applicationId\"", "\"fields\"", "\"label\"", "\"value\"",
            "\"thumbprint\"", "\"subject\"", "\"sans\"", "\"issuer\"", "\"notBefore\"", "\"notAfter\"", "\"port\"",
            "\"stopped\"", "\"started\"", "\"2026-11-25T00:00:00Z\"", "\"0.0.0.0:443\"", "\"[::]:443\"", "\"443\"",
            "\"*:443:shop.example\"", "\"\\ud800\"", "1e400", "-0.0", "null", "true"})
    void read(byte[] input) throws DocumentFormatException {
        ServerDocument document;
        try {
            document = store.read(input, FILE);
        } catch (DocumentFormatException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json").doesNotContain("\n");
            return;
        }
        assertThat(store.read(store.write(document), FILE)).isEqualTo(document);
    }
}
