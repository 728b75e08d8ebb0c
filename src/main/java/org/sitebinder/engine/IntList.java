package org.sitebinder.engine;

import java.util.Arrays;

/** A reusable growable list of ints, so hot loops fill one buffer instead of allocating. */
final class IntList {
    private int[] values = new int[8];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    boolean contains(int v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }
}
