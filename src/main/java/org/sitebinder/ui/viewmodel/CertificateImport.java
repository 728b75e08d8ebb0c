package org.sitebinder.ui.viewmodel;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitebinder.domain.Certificate;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.cert.CertificateImporter;

/** Reads a certificate file for Import… and words its failures for the admin. */
final class CertificateImport {
    private final CertificateImporter importer = new CertificateImporter();

    static boolean isPkcs12(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".pfx") || name.endsWith(".p12");
    }

    /** Runs on the background executor; the password is wiped once the file is read. */
    List<Certificate> read(Path file, char[] password) throws IOException, DocumentFormatException {
        try {
            return importer.importFile(file, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    static String message(Path file, Exception e) {
        if (e instanceof DocumentFormatException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        return file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
