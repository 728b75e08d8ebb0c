package org.sitebinder.persistence.iis;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Any bytes: the reader returns a document or refuses with {@link DocumentFormatException}; any other
 * exception (or a hang, which Jazzer reports as a timeout) is a finding. Saved inputs replay under
 * {@code mvn test}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ApplicationHostReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.config");

    private final ApplicationHostReader reader = new ApplicationHostReader();

    @FuzzTest(maxDuration = "3m")
    void readsOrRefusesCleanly(byte[] data) throws Exception {
        try {
            ServerDocument doc = reader.read(new ByteArrayInputStream(data), FILE, "FUZZ");
            doc.sites().forEach(site -> {
                if (site.name().isEmpty()) {
                    throw new IllegalStateException("a site was left without a name");
                }
            });
        } catch (DocumentFormatException refused) {
            if (refused.getMessage().contains("\n")) {
                throw new IllegalStateException("error message is not one line: " + refused.getMessage());
            }
        }
    }
}
