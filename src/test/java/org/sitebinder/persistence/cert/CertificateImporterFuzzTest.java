package org.sitebinder.persistence.cert;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.sitebinder.domain.Certificate;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Any bytes, under any of the names an admin picks: certificates with an IIS thumbprint, or a
 * one-line {@link DocumentFormatException}. Any other exception is a finding.
 */
class CertificateImporterFuzzTest {
    private static final List<Path> NAMES = List.of(Path.of("server.cer"), Path.of("bundle.pem"), Path.of("server.pfx"));
    private final CertificateImporter importer = new CertificateImporter();

    @FuzzTest(maxDuration = "3m")
    void importsOrRefusesCleanly(FuzzedDataProvider data) {
        Path name = NAMES.get(data.consumeInt(0, NAMES.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        List<Certificate> certs;
        try {
            certs = importer.importBytes(bytes, name, "x".toCharArray());
        } catch (DocumentFormatException refused) {
            if (refused.getMessage().contains("\n") || !refused.getMessage().startsWith(name.toString())) {
                throw new IllegalStateException("error message is not one line naming the file: " + refused.getMessage());
            }
            return;
        }
        if (certs.isEmpty()) {
            throw new IllegalStateException("imported nothing without saying so");
        }
        for (Certificate c : certs) {
            if (!c.thumbprint().matches("[0-9A-F]{40}")) {
                throw new IllegalStateException("thumbprint not as IIS shows it: " + c.thumbprint());
            }
        }
    }
}
