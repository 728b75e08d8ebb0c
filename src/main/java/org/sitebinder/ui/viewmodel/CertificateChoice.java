package org.sitebinder.ui.viewmodel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;

/**
 * A certificate as the pickers show it, IIS's friendly name style: {@code shop.example (expires 2027-03-01)}.
 *
 * @param thumbprint the SHA-1 thumbprint, upper-case hex as IIS shows it
 * @param text       the friendly text
 */
public record CertificateChoice(String thumbprint, String text) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    static CertificateChoice of(Certificate c) {
        String name = c.commonName().isEmpty() ? c.subject() : c.commonName();
        String text = (name.isEmpty() ? "(no subject)" : name) + (c.notAfter() == null ? "" : " (expires " + DATE.format(c.notAfter()) + ")");
        return new CertificateChoice(upper(c.thumbprint()), text);
    }

    /** A thumbprint a record points at that the document lists no certificate for. */
    static CertificateChoice unknown(String thumbprint) {
        return new CertificateChoice(upper(thumbprint), "(certificate not in the document)");
    }

    /** Every certificate of the document, in document order. */
    static List<CertificateChoice> all(ServerDocument doc) {
        List<CertificateChoice> out = new ArrayList<>();
        doc.certificates().forEach(c -> out.add(of(c)));
        return out;
    }

    /** Whether this is the certificate of {@code hash} (any case, spaces allowed). */
    public boolean is(String hash) {
        return hash != null && Certificate.normaliseThumbprint(hash).equals(Certificate.normaliseThumbprint(thumbprint));
    }

    private static String upper(String thumbprint) {
        return Certificate.normaliseThumbprint(thumbprint).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
