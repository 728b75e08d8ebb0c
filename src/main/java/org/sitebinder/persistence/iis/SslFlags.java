package org.sitebinder.persistence.iis;

import java.util.Locale;
import java.util.Map;

/**
 * IIS stores {@code sslFlags} as a number ({@code "97"}) or, written by hand or by older tools, as
 * flag names ({@code "Sni, DisableTLS13"}). Both mean the same bit mask.
 */
final class SslFlags {

    /** What the text means when it is neither a number nor known flag names. */
    static final int UNPARSEABLE = -1;

    private static final Map<String, Integer> NAMES = Map.of(
            "none", 0, "sni", 1, "centralcertstore", 2, "disablehttp2", 4,
            "disableocspstp", 8, "disablequic", 16, "disabletls13", 32, "disablelegacytls", 64);

    private SslFlags() {
    }

    static int parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return 0;
        }
        int number = parseNumber(t);
        if (number != UNPARSEABLE) {
            return number;
        }
        int mask = 0;
        for (String part : t.split(",")) {
            Integer bit = NAMES.get(part.trim().toLowerCase(Locale.ROOT));
            if (bit == null) {
                return UNPARSEABLE;
            }
            mask |= bit;
        }
        return mask;
    }

    private static int parseNumber(String t) {
        if (t.length() > 10) {
            return UNPARSEABLE;
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return UNPARSEABLE;
            }
            v = v * 10 + (c - '0');
        }
        return v <= Integer.MAX_VALUE ? (int) v : UNPARSEABLE;
    }
}
