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
    /** Bindings of the port whose address is invalid: they hold the port (PORT_IN_USE) but join no cell. */
    final LongList noAddress = new LongList();
    private int count;
    final LongList[] any = new LongList[Listener.COUNT];
    final Map<IpAddress, LongList[]> specific = new HashMap<>();
    /** https bindings with a valid address, and those of them neither SNI nor CCS. */
    int https;
    int httpsPlain;

    void place(long ref, int listener, IpAddress ip, Binding binding, boolean add) {
        count += add ? 1 : -1;
        if (ip == null) {
            if (add) {
                noAddress.add(ref);
            } else {
                noAddress.remove(ref);
            }
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
        return count == 0;
    }

    /** Every binding on the port, in document order. */
    long[] all() {
        int total = noAddress.size();
        for (LongList c : any) {
            total += c == null ? 0 : c.size();
        }
        for (LongList[] cells : specific.values()) {
            for (LongList c : cells) {
                total += c == null ? 0 : c.size();
            }
        }
        long[] refs = new long[total];
        int at = 0;
        noAddress.copyTo(refs, at);
        at += noAddress.size();
        for (LongList c : any) {
            if (c != null) {
                c.copyTo(refs, at);
                at += c.size();
            }
        }
        for (LongList[] cells : specific.values()) {
            for (LongList c : cells) {
                if (c != null) {
                    c.copyTo(refs, at);
                    at += c.size();
                }
            }
        }
        java.util.Arrays.sort(refs);
        return refs;
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
