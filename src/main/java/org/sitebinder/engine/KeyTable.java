package org.sitebinder.engine;

/**
 * An open-addressing hash table from a key of (number, text) to a sorted set of refs, with no
 * object per entry: the keys live in two parallel arrays and the sets in {@link RefSets}. Linear
 * probing with backward-shift deletion, so an incremental edit can remove keys without tombstones.
 * With {@code ignoreCase} the text compares case-insensitively (site names) without lower-casing.
 */
final class KeyTable {
    private final boolean ignoreCase;
    private long[] numbers;
    /** The text hashes, compared first so a probe rarely has to read another key's string. */
    private int[] hashes;
    private String[] texts;
    private final RefSets sets;
    private int mask;
    private int size;

    KeyTable(int expected, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        numbers = new long[capacity];
        hashes = new int[capacity];
        texts = new String[capacity];
        sets = new RefSets(capacity);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The slot of the key, or -1. */
    int find(long number, String text) {
        int h = hash(text);
        int i = home(number, h);
        while (texts[i] != null) {
            if (hashes[i] == h && numbers[i] == number && same(texts[i], text)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Adds {@code ref} to the key's set, creating the key; returns its slot. */
    int add(long number, String text, long ref) {
        int h = hash(text);
        int i = home(number, h);
        while (texts[i] != null) {
            if (hashes[i] == h && numbers[i] == number && same(texts[i], text)) {
                sets.add(i, ref);
                return i;
            }
            i = (i + 1) & mask;
        }
        numbers[i] = number;
        hashes[i] = h;
        texts[i] = text;
        sets.add(i, ref);
        if (++size * 2 > numbers.length) {
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
        return texts[slot] != null;
    }

    long number(int slot) {
        return numbers[slot];
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

    private int home(long number, int h) {
        long x = number * 0x9E3779B97F4A7C15L + h;
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
            if (texts[j] == null) {
                break;
            }
            int k = home(numbers[j], hashes[j]);
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                numbers[i] = numbers[j];
                hashes[i] = hashes[j];
                texts[i] = texts[j];
                sets.move(j, i);
                i = j;
            }
        }
        texts[i] = null;
        sets.clear(i);
        size--;
    }

    private void grow() {
        long[] oldNumbers = numbers;
        int[] oldHashes = hashes;
        String[] oldTexts = texts;
        int capacity = oldTexts.length * 2;
        numbers = new long[capacity];
        hashes = new int[capacity];
        texts = new String[capacity];
        mask = capacity - 1;
        int[] target = new int[oldTexts.length];
        for (int s = 0; s < oldTexts.length; s++) {
            if (oldTexts[s] == null) {
                target[s] = -1;
                continue;
            }
            int i = home(oldNumbers[s], oldHashes[s]);
            while (texts[i] != null) {
                i = (i + 1) & mask;
            }
            numbers[i] = oldNumbers[s];
            hashes[i] = oldHashes[s];
            texts[i] = oldTexts[s];
            target[s] = i;
        }
        sets.rehash(target, capacity);
    }
}
