package org.sitebinder.engine;

import java.util.Arrays;

/**
 * Many small sorted sets of refs, indexed by slot. Most sets in a clean document hold one ref, so
 * a set is one {@code long} until a second ref arrives; only then does it get a {@link LongList}.
 */
final class RefSets {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] single;
    private LongList[] more;

    RefSets(int capacity) {
        single = new long[Math.max(1, capacity)];
        more = new LongList[single.length];
        Arrays.fill(single, EMPTY);
    }

    void add(int slot, long ref) {
        if (single[slot] == EMPTY && more[slot] == null) {
            single[slot] = ref;
            return;
        }
        LongList list = more[slot];
        if (list != null) {
            list.add(ref);
        } else if (single[slot] == EMPTY) {
            single[slot] = ref;
        } else if (single[slot] != ref) {
            list = new LongList();
            list.add(Math.min(single[slot], ref));
            list.add(Math.max(single[slot], ref));
            more[slot] = list;
            single[slot] = EMPTY;
        }
    }

    void remove(int slot, long ref) {
        LongList list = more[slot];
        if (list == null) {
            if (single[slot] == ref) {
                single[slot] = EMPTY;
            }
            return;
        }
        list.remove(ref);
        if (list.size() == 1) {
            single[slot] = list.get(0);
            more[slot] = null;
        }
    }

    int size(int slot) {
        LongList list = more[slot];
        return list != null ? list.size() : single[slot] == EMPTY ? 0 : 1;
    }

    /** The smallest ref of a non-empty set. */
    long first(int slot) {
        LongList list = more[slot];
        return list != null ? list.get(0) : single[slot];
    }

    /** The set's refs in document order. */
    long[] toArray(int slot) {
        LongList list = more[slot];
        if (list != null) {
            return list.toArray();
        }
        return single[slot] == EMPTY ? new long[0] : new long[] {single[slot]};
    }
}
