package org.sitebinder.engine;

/**
 * An open-addressing hash table from a key of (number, text) to a sorted set of refs, with no
 * object per entry. A slot's number and text hash sit side by side in one {@code long[]}, so a probe
 * touches one cache line and reads the key's string only when the hashes agree; the sets live in
 * {@link RefSets}. Linear probing with backward-shift deletion, so an incremental edit removes keys
 * without tombstones. With {@code ignoreCase} the text compares case-insensitively (site names)
 * without lower-casing.
 */
final class KeyTable {
    private final boolean ignoreCase;
    /** Slot i: [2i] the number, [2i+1] the text hash shifted left by one with bit 0 set (0 = empty). */
    private long[] meta;
    private String[] texts;
    private final RefSets sets;
    private int mask;
    private int size;

    KeyTable(int expected, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        meta = new long[capacity * 2];
        texts = new String[capacity];
        sets = new RefSets(capacity);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The slot of the key, or -1. */
    int find(long number, String text) {
        long tag = tag(hash(text));
        int i = home(number, tag);
        long t;
        while ((t = meta[2 * i + 1]) != 0) {
            if (t == tag && meta[2 * i] == number && same(texts[i], text)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Adds {@code ref} to the key's set, creating the key; returns its slot. */
    int add(long number, String text, long ref) {
        long tag = tag(hash(text));
        int i = home(number, tag);
        long t;
        while ((t = meta[2 * i + 1]) != 0) {
            if (t == tag && meta[2 * i] == number && same(texts[i], text)) {
                sets.add(i, ref);
                return i;
            }
            i = (i + 1) & mask;
        }
        meta[2 * i] = number;
        meta[2 * i + 1] = tag;
        texts[i] = text;
        sets.add(i, ref);
        if (++size * 2 > texts.length) {
            grow();
            return find(number, text);
        }
        return i;
    }

    /** Removes {@code ref} from the key's set, and the key when its set is empty. */
    void remove(long number, String text, long ref) {
        int slot = find(number, text);
        if (slot < 0) {
            return;
        }
        sets.remove(slot, ref);
        if (sets.size(slot) == 0) {
            delete(slot);
        }
    }

    int setSize(int slot) {
        return sets.size(slot);
    }

    /** The smallest ref of the key's set. */
    long first(int slot) {
        return sets.first(slot);
    }

    long[] members(int slot) {
        return sets.toArray(slot);
    }

    /** Slots run 0..capacity-1; {@link #occupied} says which hold a key. */
    int capacity() {
        return texts.length;
    }

    boolean occupied(int slot) {
        return meta[2 * slot + 1] != 0;
    }

    long number(int slot) {
        return meta[2 * slot];
    }

    String text(int slot) {
        return texts[slot];
    }

    private boolean same(String a, String b) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    /** Consistent with {@link #same}: equal texts (or, ignoring case, equalsIgnoreCase texts) hash alike. */
    private int hash(String text) {
        if (!ignoreCase) {
            return text.hashCode();
        }
        int h = 0;
        for (int k = 0; k < text.length(); k++) {
            h = 31 * h + Character.toLowerCase(Character.toUpperCase(text.charAt(k)));
        }
        return h;
    }

    private static long tag(int hash) {
        return ((hash & 0xffffffffL) << 1) | 1;
    }

    private int home(long number, long tag) {
        long x = number * 0x9E3779B97F4A7C15L + tag;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 32;
        return (int) x & mask;
    }

    private void delete(int slot) {
        int i = slot;
        int j = slot;
        while (true) {
            j = (j + 1) & mask;
            if (meta[2 * j + 1] == 0) {
                break;
            }
            int k = home(meta[2 * j], meta[2 * j + 1]);
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                meta[2 * i] = meta[2 * j];
                meta[2 * i + 1] = meta[2 * j + 1];
                texts[i] = texts[j];
                sets.move(j, i);
                i = j;
            }
        }
        meta[2 * i] = 0;
        meta[2 * i + 1] = 0;
        texts[i] = null;
        sets.clear(i);
        size--;
    }

    private void grow() {
        long[] oldMeta = meta;
        String[] oldTexts = texts;
        int capacity = oldTexts.length * 2;
        meta = new long[capacity * 2];
        texts = new String[capacity];
        mask = capacity - 1;
        int[] target = new int[oldTexts.length];
        for (int s = 0; s < oldTexts.length; s++) {
            if (oldMeta[2 * s + 1] == 0) {
                target[s] = -1;
                continue;
            }
            int i = home(oldMeta[2 * s], oldMeta[2 * s + 1]);
            while (meta[2 * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            meta[2 * i] = oldMeta[2 * s];
            meta[2 * i + 1] = oldMeta[2 * s + 1];
            texts[i] = oldTexts[s];
            target[s] = i;
        }
        sets.rehash(target, capacity);
    }
}
