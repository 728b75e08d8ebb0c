package org.sitebinder.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A server certificate as the document knows it: names and validity, never a private key.
 *
 * @param thumbprint SHA-1 thumbprint, hex (any case; compare with {@link #thumbprintKey()})
 * @param subject    subject distinguished name
 * @param sans       DNS subject alternative names
 * @param issuer     issuer distinguished name
 * @param notBefore  start of validity
 * @param notAfter   end of validity
 * @param extras     document fields the model does not know
 */
public record Certificate(String thumbprint, String subject, List<String> sans, String issuer,
                          Instant notBefore, Instant notAfter, Extras extras) {

    public Certificate {
        thumbprint = thumbprint == null ? "" : thumbprint;
        subject = subject == null ? "" : subject;
        sans = List.copyOf(sans == null ? List.of() : sans);
        issuer = issuer == null ? "" : issuer;
        extras = extras == null ? Extras.NONE : extras;
    }

    public Certificate(String thumbprint, String subject, List<String> sans, String issuer, Instant notBefore, Instant notAfter) {
        this(thumbprint, subject, sans, issuer, notBefore, notAfter, Extras.NONE);
    }

    public String thumbprintKey() {
        return normaliseThumbprint(thumbprint);
    }

    /** The CN of the subject, or empty. */
    public String commonName() {
        for (String part : subject.split(",")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "CN=", 0, 3)) {
                return p.substring(3).trim();
            }
        }
        return "";
    }

    /** Lower-case hex with spaces and other separators removed. */
    public static String normaliseThumbprint(String hash) {
        if (hash == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(hash.length());
        for (int i = 0; i < hash.length(); i++) {
            char c = hash.charAt(i);
            if (Character.digit(c, 16) >= 0) {
                sb.append(c);
            } else if (!Character.isWhitespace(c) && c != ':' && c != '\u200e') {
                return hash.trim().toLowerCase(Locale.ROOT);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
