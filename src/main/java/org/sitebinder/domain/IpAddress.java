package org.sitebinder.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The IP part of a binding or record key, parsed. {@link #ANY} is All Unassigned ({@code *}, empty,
 * {@code 0.0.0.0}, {@code [::]}). A specific address is kept in a canonical text form (IPv4 dotted,
 * IPv6 as {@code [x:x:x:x:x:x:x:x]} lower-case, no compression), so that equal addresses are equal
 * values: {@code [::1]} equals {@code [0:0:0:0:0:0:0:1]}.
 */
public record IpAddress(String canonical) {
    public static final IpAddress ANY = new IpAddress("*");

    public boolean isAny() {
        return this == ANY || "*".equals(canonical);
    }

    // equals and hashCode written out: the record's generated ones are bootstrapped through method
    // handles on first use, which a command-line check pays for at every start
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof IpAddress other && Objects.equals(canonical, other.canonical);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(canonical);
    }

    public boolean isIpv6() {
        return canonical.startsWith("[");
    }

    /** Equal addresses, or either is ANY (RULES.md section 1). */
    public boolean overlaps(IpAddress other) {
        return isAny() || other.isAny() || equals(other);
    }

    /**
     * Parses the IP of a binding ({@code *}, empty, {@code 0.0.0.0}, {@code [::]}, IPv4, bracketed IPv6).
     *
     * @return the address, or {@code null} when the text is not a valid IP
     */
    public static IpAddress parseBindingIp(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty() || t.equals("*")) {
            return ANY;
        }
        if (t.startsWith("[") && t.endsWith("]") && t.length() > 2) {
            return fromIpv6(parseIpv6(t.substring(1, t.length() - 1)));
        }
        int[] v4 = parseIpv4(t);
        return v4 == null ? null : fromIpv4(v4, t);
    }

    /**
     * Parses a local address as a request arrives on it: IPv4, or IPv6 with or without brackets.
     *
     * @return the address, or {@code null} when not valid
     */
    public static IpAddress parseLiteral(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.indexOf(':') >= 0) {
            return fromIpv6(parseIpv6(t));
        }
        int[] v4 = parseIpv4(t);
        return v4 == null ? null : fromIpv4(v4, t);
    }

    /** @param text the parsed text: kept as the canonical form when it is one (no leading zeros), so no new String */
    private static IpAddress fromIpv4(int[] octets, String text) {
        if (octets[0] == 0 && octets[1] == 0 && octets[2] == 0 && octets[3] == 0) {
            return ANY;
        }
        int length = 3;
        for (int octet : octets) {
            length += octet >= 100 ? 3 : octet >= 10 ? 2 : 1;
        }
        if (length == text.length()) {
            return new IpAddress(text);
        }
        return new IpAddress(octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3]);
    }

    private static IpAddress fromIpv6(int[] groups) {
        if (groups == null) {
            return null;
        }
        boolean zero = true;
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            if (groups[i] != 0) {
                zero = false;
            }
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return zero ? ANY : new IpAddress(sb.append(']').toString());
    }

    static int[] parseIpv4(String t) {
        // by hand rather than split(): every binding on a specific address and every IP:port record comes here
        int n = t.length();
        if (n < 7 || n > 15) {
            return null;
        }
        int[] out = new int[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                if (digits == 0 || part == 3) {
                    return null;
                }
                out[part++] = value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                digits++;
                value = value * 10 + (c - '0');
            } else {
                return null;
            }
            if (value > 255) {
                return null;
            }
        }
        if (digits == 0 || part != 3) {
            return null;
        }
        out[3] = value;
        return out;
    }

    /** Parses an IPv6 literal without brackets (with an optional trailing dotted IPv4); null if invalid. */
    static int[] parseIpv6(String t) {
        String s = t.toLowerCase(Locale.ROOT);
        int zone = s.indexOf('%');
        if (zone >= 0) {
            return null;
        }
        int[] tail = null;
        int lastColon = s.lastIndexOf(':');
        if (lastColon >= 0 && s.indexOf('.', lastColon) > 0) {
            tail = parseIpv4(s.substring(lastColon + 1));
            if (tail == null) {
                return null;
            }
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String[] head;
        String[] rest;
        if (dbl >= 0) {
            String h = s.substring(0, dbl);
            String r = s.substring(dbl + 2);
            head = h.isEmpty() ? new String[0] : h.split(":", -1);
            rest = r.isEmpty() ? new String[0] : r.split(":", -1);
            if (head.length + rest.length > 7) {
                return null;
            }
        } else {
            head = s.split(":", -1);
            rest = new String[0];
            if (head.length != 8) {
                return null;
            }
        }
        int[] g = new int[8];
        for (int i = 0; i < head.length; i++) {
            Integer v = hexGroup(head[i]);
            if (v == null) {
                return null;
            }
            g[i] = v;
        }
        for (int i = 0; i < rest.length; i++) {
            Integer v = hexGroup(rest[i]);
            if (v == null) {
                return null;
            }
            g[8 - rest.length + i] = v;
        }
        if (tail != null) {
            g[6] = (tail[0] << 8) | tail[1];
            g[7] = (tail[2] << 8) | tail[3];
        }
        return g;
    }

    private static Integer hexGroup(String p) {
        if (p.isEmpty() || p.length() > 4) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < p.length(); i++) {
            int d = Character.digit(p.charAt(i), 16);
            if (d < 0) {
                return null;
            }
            v = v * 16 + d;
        }
        return v;
    }

    @Override
    public String toString() {
        return canonical;
    }
}
