package org.sitebinder.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitebinder.domain.Certificate;

/** What the rules ask of a certificate: does it cover a host name, and is it (about to be) expired. */
final class CertificateFacts {
    static final int VALID = 0;
    static final int EXPIRING = 1;
    static final int EXPIRED = 2;
    static final Duration WARNING_WINDOW = Duration.ofDays(30);

    final Certificate certificate;
    final String thumbprint;
    private final String[] names;
    final int expiry;

    CertificateFacts(Certificate certificate, Instant now) {
        this.certificate = certificate;
        this.thumbprint = certificate.thumbprintKey();
        List<String> all = new ArrayList<>();
        String cn = certificate.commonName();
        if (!cn.isEmpty()) {
            all.add(cn.toLowerCase(Locale.ROOT));
        }
        for (String san : certificate.sans()) {
            if (san != null && !san.isBlank()) {
                all.add(san.trim().toLowerCase(Locale.ROOT));
            }
        }
        this.names = all.toArray(new String[0]);
        this.expiry = expiryAt(certificate, now);
    }

    static int expiryAt(Certificate certificate, Instant now) {
        Instant notAfter = certificate.notAfter();
        if (notAfter == null) {
            return VALID;
        }
        if (!notAfter.isAfter(now)) {
            return EXPIRED;
        }
        return notAfter.isBefore(now.plus(WARNING_WINDOW)) ? EXPIRING : VALID;
    }

    /** The next instant at which {@link #expiryAt} changes its answer for this certificate, or null. */
    static Instant nextChange(Certificate certificate, Instant now) {
        Instant notAfter = certificate.notAfter();
        if (notAfter == null) {
            return null;
        }
        Instant warn = notAfter.minus(WARNING_WINDOW);
        if (warn.isAfter(now)) {
            return warn;
        }
        return notAfter.isAfter(now) ? notAfter : null;
    }

    /** Exact name, or a one-label wildcard ({@code *.a.b} covers {@code x.a.b}, not {@code a.b} or {@code y.x.a.b}). */
    boolean covers(String hostKey) {
        for (String name : names) {
            if (name.equals(hostKey)) {
                return true;
            }
            if (name.startsWith("*.")) {
                String suffix = name.substring(1);
                int labelEnd = hostKey.length() - suffix.length();
                if (labelEnd > 0 && hostKey.endsWith(suffix) && hostKey.lastIndexOf('.', labelEnd - 1) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "CN=shop.example (8d90a17d...)" style label for messages. */
    String label() {
        String cn = certificate.commonName();
        String shortThumb = thumbprint.length() > 8 ? thumbprint.substring(0, 8) + "..." : thumbprint;
        return (cn.isEmpty() ? certificate.subject() : cn) + " (" + shortThumb + ")";
    }
}
