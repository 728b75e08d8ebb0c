package org.sitebinder.persistence.iis;

/**
 * One copy per distinct slice of a big text, found without cutting the slice out first: a netsh
 * listing repeats the same twenty labels and a handful of values a million times, and making a
 * throw-away String per line was most of the reading time. Bounded, so unique values (hashes)
 * cannot grow it without end.
 */
final class TextPool {
    private static final int MAX_ENTRIES = 1 << 14;

    private String[] table = new String[256];
    private int size;

    String of(String text, int start, int end) {
        int len = end - start;
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (s.hashCode() == h && s.length() == len && text.regionMatches(start, s, 0, len)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String s = text.substring(start, end);
        if (size < MAX_ENTRIES) {
            table[slot] = s;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return s;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = mix(s.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }
}
