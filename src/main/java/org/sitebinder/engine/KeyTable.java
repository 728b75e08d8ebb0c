package org.sitebinder.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * An open-addressing hash table from a key of (number, text) to a sorted set of refs, with no
 * object per entry. A slot's number, text hash and (most often only) ref sit side by side in one
 * {@code long[]}, so inserting a new key touches one cache line there and one in the text array;
 * a set gets a {@link LongList} only when a second ref arrives. Linear probing with backward-shift
 * deletion, so an incremental edit removes keys without tombstones. With {@code ignoreCase} the
 * text compares case-insensitively (site names) without lower-casing.
 */
final class KeyTable {
    private static final int WIDTH = 3;
    /** {@link #addAll} groups keys by regions of 2^(capacity bits - this) slots. */
    private static final int REGION_BITS = 12;
    /** In the ref column: the set has two or more refs and lives in {@code more}. */
    private static final long MANY = Long.MIN_VALUE;

    private final boolean ignoreCase;
    /** Slot i: [3i] the number, [3i+1] the text hash shifted left by one with bit 0 set (0 = empty), [3i+2] the ref or MANY. */
    private long[] slots;
    private String[] texts;
    private LongList[] more;
    private int mask;
    private int size;
    /** While a full check fills the table: the keys whose set reached two refs, so it need not scan every slot after. */
    private boolean tracking = true;
    private long[] sharedNumbers = new long[8];
    private String[] sharedTexts = new String[8];
    private int sharedCount;

    KeyTable(int expected, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        slots = new long[capacity * WIDTH];
        texts = new String[capacity];
        more = new LongList[capacity];
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
        while ((t = slots[WIDTH * i + 1]) != 0) {
            if (t == tag && slots[WIDTH * i] == number && same(texts[i], text)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Adds {@code ref} to the key's set, creating the key. */
    void add(long number, String text, long ref) {
        long tag = tag(hash(text));
        insert(number, text, tag, home(number, tag), ref);
        if (size * 2 > texts.length) {
            grow();
        }
    }

    /** The insert of {@link #add}, without growing. */
    private void insert(long number, String text, long tag, int home, long ref) {
        int i = home;
        long t;
        while ((t = slots[WIDTH * i + 1]) != 0) {
            if (t == tag && slots[WIDTH * i] == number && same(texts[i], text)) {
                addTo(i, ref);
                return;
            }
            i = (i + 1) & mask;
        }
        slots[WIDTH * i] = number;
        slots[WIDTH * i + 1] = tag;
        slots[WIDTH * i + 2] = ref;
        texts[i] = text;
        size++;
    }

    /** Keys and refs gathered for {@link #addAll}, in the order they come. */
    static final class Batch {
        private long[] numbers;
        private String[] texts;
        private long[] refs;
        private int size;

        Batch(int expected) {
            numbers = new long[Math.max(expected, 16)];
            texts = new String[numbers.length];
            refs = new long[numbers.length];
        }

        void add(long number, String text, long ref) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
                texts = Arrays.copyOf(texts, size * 2);
                refs = Arrays.copyOf(refs, size * 2);
            }
            numbers[size] = number;
            texts[size] = text;
            refs[size] = ref;
            size++;
        }
    }

    /**
     * {@link #add} of a batch of keys and refs at once, for a full check. Inserted one by one in
     * document order, each key lands in a random slot of a table of megabytes, and the inserts wait
     * on memory (200,000 of them took 70 ms of a 165 ms warm check). Here they are first grouped by
     * the region of the table their home slot is in, then inserted region by region.
     */
    void addAll(Batch batch) {
        int n = batch.size;
        while ((size + n) * 2 > texts.length) {
            grow();
        }
        int shift = Math.max(0, Integer.numberOfTrailingZeros(texts.length) - REGION_BITS);
        int[] start = new int[(texts.length >>> shift) + 1];
        long[] tags = new long[n];
        int[] homes = new int[n];
        for (int k = 0; k < n; k++) {
            tags[k] = tag(hash(batch.texts[k]));
            homes[k] = home(batch.numbers[k], tags[k]);
            start[(homes[k] >>> shift) + 1]++;
        }
        for (int r = 1; r < start.length; r++) {
            start[r] += start[r - 1];
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[start[homes[k] >>> shift]++] = k;
        }
        for (int k : order) {
            insert(batch.numbers[k], batch.texts[k], tags[k], homes[k], batch.refs[k]);
        }
    }

    /** Adds the key with {@code ref} unless present; returns the present key's first ref, or -1 when it was added. */
    long putIfAbsent(long number, String text, long ref) {
        int slot = find(number, text);
        if (slot >= 0) {
            return first(slot);
        }
        add(number, text, ref);
        return -1;
    }

    private void addTo(int i, long ref) {
        long single = slots[WIDTH * i + 2];
        if (single == MANY) {
            more[i].add(ref);
        } else if (single != ref) {
            LongList list = new LongList();
            list.add(Math.min(single, ref));
            list.add(Math.max(single, ref));
            more[i] = list;
            slots[WIDTH * i + 2] = MANY;
            if (tracking) {
                track(slots[WIDTH * i], texts[i]);
            }
        }
    }

    private void track(long number, String text) {
        if (sharedCount == sharedNumbers.length) {
            sharedNumbers = Arrays.copyOf(sharedNumbers, sharedCount * 2);
            sharedTexts = Arrays.copyOf(sharedTexts, sharedCount * 2);
        }
        sharedNumbers[sharedCount] = number;
        sharedTexts[sharedCount] = text;
        sharedCount++;
    }

    /**
     * The slots whose set holds two or more refs, each once. Stops tracking: after a full check,
     * incremental edits look keys up directly and the list would only grow.
     */
    int[] sharedSlots() {
        tracking = false;
        IntList found = new IntList();
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < sharedCount; k++) {
            int slot = find(sharedNumbers[k], sharedTexts[k]);
            if (slot >= 0 && setSize(slot) > 1 && seen.add(slot)) {
                found.add(slot);
            }
        }
        sharedNumbers = null;
        sharedTexts = null;
        sharedCount = 0;
        int[] out = new int[found.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = found.get(k);
        }
        return out;
    }

    /** Removes {@code ref} from the key's set, and the key when its set is empty. */
    void remove(long number, String text, long ref) {
        int i = find(number, text);
        if (i < 0) {
            return;
        }
        long single = slots[WIDTH * i + 2];
        if (single != MANY) {
            if (single == ref) {
                delete(i);
            }
            return;
        }
        LongList list = more[i];
        list.remove(ref);
        if (list.size() == 1) {
            slots[WIDTH * i + 2] = list.get(0);
            more[i] = null;
        }
    }

    int setSize(int slot) {
        return slots[WIDTH * slot + 2] == MANY ? more[slot].size() : 1;
    }

    /** The smallest ref of the key's set. */
    long first(int slot) {
        long single = slots[WIDTH * slot + 2];
        return single == MANY ? more[slot].get(0) : single;
    }

    /** The key's refs in ascending (document) order. */
    long[] members(int slot) {
        long single = slots[WIDTH * slot + 2];
        return single == MANY ? more[slot].toArray() : new long[] {single};
    }

    long number(int slot) {
        return slots[WIDTH * slot];
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
            char c = text.charAt(k);
            int folded = c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(Character.toUpperCase(c));
            h = 31 * h + folded;
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
            if (slots[WIDTH * j + 1] == 0) {
                break;
            }
            int k = home(slots[WIDTH * j], slots[WIDTH * j + 1]);
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                System.arraycopy(slots, WIDTH * j, slots, WIDTH * i, WIDTH);
                texts[i] = texts[j];
                more[i] = more[j];
                i = j;
            }
        }
        Arrays.fill(slots, WIDTH * i, WIDTH * i + WIDTH, 0L);
        texts[i] = null;
        more[i] = null;
        size--;
    }

    private void grow() {
        long[] oldSlots = slots;
        String[] oldTexts = texts;
        LongList[] oldMore = more;
        allocate(oldTexts.length * 2);
        for (int s = 0; s < oldTexts.length; s++) {
            if (oldSlots[WIDTH * s + 1] == 0) {
                continue;
            }
            int i = home(oldSlots[WIDTH * s], oldSlots[WIDTH * s + 1]);
            while (slots[WIDTH * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            System.arraycopy(oldSlots, WIDTH * s, slots, WIDTH * i, WIDTH);
            texts[i] = oldTexts[s];
            more[i] = oldMore[s];
        }
    }
}
