package org.sitebinder.persistence.iis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@link TextPool} for ASCII byte slices: one String per distinct attribute name, protocol or pool
 * name, found without making a throw-away String first. Bounded like {@link TextPool}.
 */
final class SlicePool {
    private static final int MAX_ENTRIES = 1 << 14;

    private byte[][] keys = new byte[256][];
    private String[] values = new String[256];
    private int size;

    /** @param bytes ASCII in {@code [from, to)} */
    String of(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        int mask = keys.length - 1;
        int slot = (h ^ h >>> 16) & mask;
        for (byte[] k = keys[slot]; k != null; k = keys[slot]) {
            if (Arrays.equals(k, 0, k.length, bytes, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        if (size < MAX_ENTRIES) {
            keys[slot] = Arrays.copyOfRange(bytes, from, to);
            values[slot] = s;
            if (++size * 2 > keys.length) {
                grow();
            }
        }
        return s;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new String[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            byte[] k = oldKeys[i];
            if (k != null) {
                int h = 0;
                for (byte c : k) {
                    h = 31 * h + c;
                }
                int slot = (h ^ h >>> 16) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = oldValues[i];
            }
        }
    }
}
