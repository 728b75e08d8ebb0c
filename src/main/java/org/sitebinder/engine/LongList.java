package org.sitebinder.engine;

import java.util.Arrays;

/**
 * A sorted set of longs in one array. Adds in ascending order append, which is what a full check in
 * document order does; an incremental edit inserts or removes by binary search.
 */
final class LongList {
    private long[] values;
    private int size;

    LongList() {
        values = new long[2];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long get(int i) {
        return values[i];
    }

    /** Adds {@code v} unless present. */
    void add(long v) {
        if (size == 0 || v > values[size - 1]) {
            grow();
            values[size++] = v;
            return;
        }
        int i = Arrays.binarySearch(values, 0, size, v);
        if (i >= 0) {
            return;
        }
        int at = -i - 1;
        grow();
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = v;
        size++;
    }

    void remove(long v) {
        int i = Arrays.binarySearch(values, 0, size, v);
        if (i < 0) {
            return;
        }
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
    }

    void copyTo(long[] target, int offset) {
        System.arraycopy(values, 0, target, offset, size);
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    private void grow() {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
    }
}
