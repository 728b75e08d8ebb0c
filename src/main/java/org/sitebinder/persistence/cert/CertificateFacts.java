package org.sitebinder.persistence.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.sitebinder.domain.Certificate;

/** An X.509 certificate as the document keeps it: names, validity and the thumbprint IIS shows. */
final class CertificateFacts {
    /** GeneralName tag of a dNSName (RFC 5280). */
    private static final int DNS_NAME = 2;

    private CertificateFacts() {
    }

    static Certificate of(X509Certificate x509) throws CertificateEncodingException {
        return new Certificate(thumbprint(x509), x509.getSubjectX500Principal().toString(), dnsNames(x509),
                x509.getIssuerX500Principal().toString(), x509.getNotBefore().toInstant(), x509.getNotAfter().toInstant());
    }

    /** SHA-1 of the DER encoding, upper-case hex without spaces: what IIS Manager's Thumbprint column shows. */
    static String thumbprint(X509Certificate x509) throws CertificateEncodingException {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(x509.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
    }

    private static List<String> dnsNames(X509Certificate x509) {
        List<String> out = new ArrayList<>();
        Collection<List<?>> names;
        try {
            names = x509.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            // a broken SAN extension leaves the subject CN, which name checks fall back to
            return out;
        }
        if (names == null) {
            return out;
        }
        for (List<?> name : names) {
            if (name.size() >= 2 && Integer.valueOf(DNS_NAME).equals(name.get(0)) && name.get(1) instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }
}
