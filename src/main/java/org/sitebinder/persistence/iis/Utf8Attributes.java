package org.sitebinder.persistence.iis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The attributes of the start tag {@link Utf8SiteScanner} has just checked, as offsets into the
 * file's bytes: nothing is decoded until {@link Utf8SiteAssembler} asks for a value it keeps.
 */
final class Utf8Attributes {

    /** The value holds a byte of 0x80 or above (UTF-8 to decode). */
    static final int NON_ASCII = 1;
    /** The value holds a reference, tab, line feed or carriage return (normalisation to do). */
    static final int NEEDS_DECODING = 2;

    private final byte[] b;
    private int count;
    private int[] nameStart = new int[16];
    private int[] nameEnd = new int[16];
    private int[] nameHash = new int[16];
    private int[] valueStart = new int[16];
    private int[] valueEnd = new int[16];
    private int[] valueFlags = new int[16];
    private final SlicePool pool = new SlicePool();
    private final StringPool strings = new StringPool();

    Utf8Attributes(byte[] bytes) {
        this.b = bytes;
    }

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    /**
     * @return false when an attribute of that name is already there (not well-formed)
     * @throws Utf8SiteScanner.Declined more attributes than the reader allows
     */
    boolean add(int start, int end, int from, int to, int flags) throws Utf8SiteScanner.Declined {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + b[i];
        }
        for (int a = 0; a < count; a++) {
            if (nameHash[a] == hash && Arrays.equals(b, nameStart[a], nameEnd[a], b, start, end)) {
                return false;
            }
        }
        if (count == SecureXml.MAX_ATTRIBUTES) {
            throw new Utf8SiteScanner.Declined(false, "too many attributes", from);
        }
        if (count == nameStart.length) {
            int size = count * 2;
            nameStart = Arrays.copyOf(nameStart, size);
            nameEnd = Arrays.copyOf(nameEnd, size);
            nameHash = Arrays.copyOf(nameHash, size);
            valueStart = Arrays.copyOf(valueStart, size);
            valueEnd = Arrays.copyOf(valueEnd, size);
            valueFlags = Arrays.copyOf(valueFlags, size);
        }
        nameStart[count] = start;
        nameEnd[count] = end;
        nameHash[count] = hash;
        valueStart[count] = from;
        valueEnd[count] = to;
        valueFlags[count] = flags;
        count++;
        return true;
    }

    /** Whether attribute a is named {@code name}. */
    boolean is(int a, String name) {
        int s = nameStart[a];
        int len = name.length();
        if (nameEnd[a] - s != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[s + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first attribute with that name, or -1. */
    int find(String wanted) {
        for (int a = 0; a < count; a++) {
            if (is(a, wanted)) {
                return a;
            }
        }
        return -1;
    }

    String name(int a) {
        return pool.of(b, nameStart[a], nameEnd[a]);
    }

    /**
     * Attribute a as a number when it is nothing but 1 to {@code maxDigits} ASCII digits (no blanks,
     * no references), else -1. Short enough that it agrees with {@link SiteScanner#parseId} and
     * {@link SslFlags#parse} on it.
     */
    long plainNumber(int a, int maxDigits) {
        int from = valueStart[a];
        int to = valueEnd[a];
        if (valueFlags[a] != 0 || to == from || to - from > maxDigits) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Whether attribute a (or -1 for none) has the value "/"; reads it as StAX's path would, limit included. */
    boolean isSlash(int a) throws Utf8SiteScanner.Declined {
        if (a < 0) {
            return false;
        }
        if (valueFlags[a] == 0) {
            return valueEnd[a] - valueStart[a] == 1 && b[valueStart[a]] == '/';
        }
        return "/".equals(value(a));
    }

    /** A value repeated across the file (protocol, pool): one String per distinct value. */
    String pooled(int a) throws Utf8SiteScanner.Declined {
        if (valueFlags[a] == 0 && valueEnd[a] - valueStart[a] <= 256) {
            return pool.of(b, valueStart[a], valueEnd[a]);
        }
        return strings.of(value(a));
    }

    /** The value as StAX gives it, refused past the length {@link SiteScanner} allows. */
    String value(int a) throws Utf8SiteScanner.Declined {
        int from = valueStart[a];
        int to = valueEnd[a];
        int flags = valueFlags[a];
        String value;
        if (flags == 0) {
            value = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        } else if (flags == NON_ASCII) {
            value = new String(b, from, to - from, StandardCharsets.UTF_8);
        } else {
            value = decode(from, to);
        }
        if (value.length() > SiteScanner.MAX_VALUE_LENGTH) {
            throw new Utf8SiteScanner.Declined(false, "attribute value too long", from);
        }
        return value;
    }

    /**
     * Attribute-value normalisation on a value the scanner has checked (references valid, UTF-8
     * well-formed): references resolved, each tab, line feed, CR LF or CR one space.
     */
    private String decode(int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c == '&') {
                i = reference(i + 1, out);
            } else if (c == '\r') {
                out.append(' ');
                i += i + 1 < to && b[i + 1] == '\n' ? 2 : 1;
            } else if (c == '\t' || c == '\n') {
                out.append(' ');
                i++;
            } else {
                int run = i;
                while (i < to && b[i] != '&' && b[i] != '\r' && b[i] != '\t' && b[i] != '\n') {
                    i++;
                }
                out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** After {@code &} of a checked reference: appends what it stands for, returns the index after {@code ;}. */
    private int reference(int i, StringBuilder out) {
        if (b[i] == '#') {
            int radix = 10;
            int at = i + 1;
            if (b[at] == 'x') {
                radix = 16;
                at++;
            }
            int code = 0;
            while (b[at] != ';') {
                code = code * radix + Character.digit(b[at], radix);
                at++;
            }
            out.appendCodePoint(code);
            return at + 1;
        }
        int end = i;
        while (b[end] != ';') {
            end++;
        }
        out.append(switch (end - i) {
            case 2 -> b[i] == 'l' ? '<' : '>';
            case 3 -> '&';
            default -> b[i] == 'q' ? '"' : '\'';
        });
        return end + 1;
    }
}
