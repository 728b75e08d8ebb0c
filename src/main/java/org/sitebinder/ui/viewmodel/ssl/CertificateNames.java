package org.sitebinder.ui.viewmodel.ssl;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/** Names certificates the way the dialog shows them: the subject's CN and the thumbprint as IIS writes it. */
final class CertificateNames {
    static final String UNKNOWN = "(unknown)";
    static final String NONE = "(none)";
    private final ServerDocument document;
    private final Map<String, Certificate> byThumbprint = new HashMap<>();

    CertificateNames(ServerDocument document) {
        this.document = document;
        for (Certificate c : document.certificates()) {
            byThumbprint.putIfAbsent(c.thumbprintKey(), c);
        }
    }

    /** The certificate of a record, or {@link #UNKNOWN} when the record is not known. */
    String ofRecord(SslRecordKey key) {
        if (key == null) {
            return UNKNOWN;
        }
        for (SslRecord r : document.sslRecords()) {
            if (r.key().equals(key)) {
                return ofThumbprint(r.certificateHash());
            }
        }
        return NONE;
    }

    /** {@code shop.example (3F1C...D802)}, or the thumbprint alone when the document does not know the certificate. */
    String ofThumbprint(String hash) {
        String key = Certificate.normaliseThumbprint(hash);
        if (!key.matches("[0-9a-f]+")) {
            return NONE;
        }
        String thumbprint = key.toUpperCase(Locale.ROOT);
        Certificate c = byThumbprint.get(key);
        if (c == null) {
            return thumbprint;
        }
        String name = c.commonName().isEmpty() ? c.subject() : c.commonName();
        return name.isEmpty() ? thumbprint : name + " (" + thumbprint + ")";
    }
}
