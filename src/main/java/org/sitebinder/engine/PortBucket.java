package org.sitebinder.engine;

import java.util.HashMap;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.IpAddress;

/**
 * Every binding on one port, split into cells by (address, listener) so PROTOCOL_CONFLICT's
 * components are found over cells, not bindings: a port with 100,000 https bindings on All
 * Unassigned is one cell.
 */
final class PortBucket {
    final LongList all = new LongList();
    final LongList[] any = new LongList[Listener.COUNT];
    final Map<IpAddress, LongList[]> specific = new HashMap<>();
    /** https bindings with a valid address, and those of them neither SNI nor CCS. */
    int https;
    int httpsPlain;

    void place(long ref, int listener, IpAddress ip, Binding binding, boolean add) {
        if (add) {
            all.add(ref);
        } else {
            all.remove(ref);
        }
        if (ip == null) {
            return;
        }
        if (listener == Listener.HTTPS) {
            int delta = add ? 1 : -1;
            https += delta;
            if (!binding.sni() && !binding.ccs()) {
                httpsPlain += delta;
            }
        }
        LongList[] cells;
        if (ip.isAny()) {
            cells = any;
        } else {
            cells = specific.get(ip);
            if (cells == null) {
                if (!add) {
                    return;
                }
                cells = new LongList[Listener.COUNT];
                specific.put(ip, cells);
            }
        }
        LongList cell = cells[listener];
        if (add) {
            if (cell == null) {
                cell = new LongList();
                cells[listener] = cell;
            }
            cell.add(ref);
        } else if (cell != null) {
            cell.remove(ref);
            if (cell.isEmpty()) {
                cells[listener] = null;
                if (cells != any && isEmpty(cells)) {
                    specific.remove(ip);
                }
            }
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    static boolean isEmpty(LongList[] cells) {
        for (LongList c : cells) {
            if (c != null) {
                return false;
            }
        }
        return true;
    }

    /** Bitmask of the listeners present in {@code cells}. */
    static int mask(LongList[] cells) {
        int m = 0;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                m |= 1 << i;
            }
        }
        return m;
    }
}
