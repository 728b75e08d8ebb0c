package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;

/** PROTOCOL_CONFLICT, PORT_IN_USE and NO_DEFAULT_SSL: the rules about one port. */
final class PortRules {
    private final SslLookup ssl;
    private final Map<Integer, String> reserved;

    /** @param reserved port to the label of what holds it */
    PortRules(SslLookup ssl, Map<Integer, String> reserved) {
        this.ssl = ssl;
        this.reserved = reserved;
    }

    void check(ServerDocument document, int port, PortBucket bucket, FindingSink out) {
        if (bucket == null) {
            return;
        }
        protocolConflicts(document, port, bucket, out);
        String label = reserved.get(port);
        if (label != null) {
            Group g = new Group(document, bucket.all());
            String holder = label.isEmpty() ? "another service" : label;
            out.add(g.finding(Code.PORT_IN_USE, "*:" + port, String.format(
                    "Port %d is held by %s outside IIS, but %s %s bound to it: the %s fail%s to start with"
                            + " 'Address already in use' (Q165338). Move the %s to a free port, or free the port.",
                    port, holder, g.siteList(), g.sites.size() == 1 ? "is" : "are",
                    Words.plural(g.sites.size(), "site", "sites"), g.sites.size() == 1 ? "s" : "",
                    Words.plural(g.refs.length, "binding", "bindings"))));
        }
        if (bucket.https > 0 && bucket.httpsPlain == 0 && (!ssl.known() || !ssl.hasIpRecord(port))) {
            List<LongList> https = new ArrayList<>();
            if (bucket.any[Listener.HTTPS] != null) {
                https.add(bucket.any[Listener.HTTPS]);
            }
            for (LongList[] cells : bucket.specific.values()) {
                if (cells[Listener.HTTPS] != null) {
                    https.add(cells[Listener.HTTPS]);
                }
            }
            Group g = new Group(document, union(https));
            String why = ssl.known() ? "no IP:port certificate record exists for the port"
                    : "no IP:port certificate record is known for the port (no SSL records given)";
            out.add(g.finding(Code.NO_DEFAULT_SSL, "*:" + port, String.format(
                    "Every HTTPS binding on port %d (%s) requires SNI or uses the Central Certificate Store, and %s:"
                            + " clients that send no SNI (old browsers, some scripts and monitors) fail the TLS"
                            + " handshake. No default SSL site has been created; to support them, add a non-SNI HTTPS"
                            + " binding with a certificate on port %d.", port, g.siteList(), why, port)));
        }
    }

    /**
     * The union of sorted cells, sorted. A port's cells are often one large catch-all cell and
     * thousands of small IP cells: the small ones are sorted together and merged with the largest.
     */
    private static long[] union(List<LongList> cells) {
        if (cells.isEmpty()) {
            return new long[0];
        }
        int total = 0;
        int largest = 0;
        for (int i = 0; i < cells.size(); i++) {
            total += cells.get(i).size();
            if (cells.get(i).size() > cells.get(largest).size()) {
                largest = i;
            }
        }
        LongList big = cells.get(largest);
        long[] rest = new long[total - big.size()];
        int at = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (i != largest) {
                cells.get(i).copyTo(rest, at);
                at += cells.get(i).size();
            }
        }
        Arrays.sort(rest);
        long[] refs = new long[total];
        int b = 0;
        int r = 0;
        for (int k = 0; k < total; k++) {
            refs[k] = r == rest.length || (b < big.size() && big.get(b) < rest[r]) ? big.get(b++) : rest[r++];
        }
        return refs;
    }

    /**
     * Union-find over (address, listener) cells: cells of different listeners on overlapping
     * addresses join. Cell {@code i} holds the bindings of listener {@code listenerOf[i]} on the
     * address numbered {@code addressOf[i]} (0 = All Unassigned), so a component's finding is
     * worded from its cells, without visiting each of its (maybe 76,000) bindings twice more.
     */
    private void protocolConflicts(ServerDocument document, int port, PortBucket bucket, FindingSink out) {
        int anyMask = PortBucket.mask(bucket.any);
        List<LongList> cells = new ArrayList<>();
        IntList listenerOf = new IntList();
        IntList addressOf = new IntList();
        List<IpAddress> addresses = new ArrayList<>();
        addresses.add(IpAddress.ANY);
        int[] anyCell = new int[Listener.COUNT];
        Arrays.fill(anyCell, -1);
        for (int c = 0; c < Listener.COUNT; c++) {
            if (bucket.any[c] != null) {
                anyCell[c] = cells.size();
                cells.add(bucket.any[c]);
                listenerOf.add(c);
                addressOf.add(0);
            }
        }
        IntList unions = new IntList(); // pairs of cells to join
        int firstAny = -1;
        for (int c = 0; c < Listener.COUNT; c++) {
            if (anyCell[c] >= 0) {
                if (firstAny >= 0) {
                    unions.add(firstAny);
                    unions.add(anyCell[c]);
                } else {
                    firstAny = anyCell[c];
                }
            }
        }
        for (Map.Entry<IpAddress, LongList[]> entry : bucket.specific.entrySet()) {
            LongList[] ipCells = entry.getValue();
            int m = PortBucket.mask(ipCells);
            if (Integer.bitCount(m) == 1 && (anyMask & ~m) == 0) {
                continue;
            }
            int address = addresses.size();
            addresses.add(entry.getKey());
            int first = -1;
            for (int c = 0; c < Listener.COUNT; c++) {
                if (ipCells[c] == null) {
                    continue;
                }
                int id = cells.size();
                cells.add(ipCells[c]);
                listenerOf.add(c);
                addressOf.add(address);
                if (first >= 0) {
                    unions.add(first);
                    unions.add(id);
                } else {
                    first = id;
                }
                for (int o = 0; o < Listener.COUNT; o++) {
                    if (o != c && anyCell[o] >= 0) {
                        unions.add(id);
                        unions.add(anyCell[o]);
                        break;
                    }
                }
            }
        }
        if (unions.size() == 0) {
            return;
        }
        int[] p = new int[cells.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        for (int u = 0; u < unions.size(); u += 2) {
            int a = find(p, unions.get(u));
            int b = find(p, unions.get(u + 1));
            if (a != b) {
                p[Math.max(a, b)] = Math.min(a, b);
            }
        }
        IntList[] components = new IntList[p.length];
        for (int i = 0; i < p.length; i++) {
            int root = find(p, i);
            if (components[root] == null) {
                components[root] = new IntList();
            }
            components[root].add(i);
        }
        for (IntList component : components) {
            if (component != null && component.size() >= 2) {
                out.add(conflict(document, port, component, cells, listenerOf, addressOf, addresses));
            }
        }
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static Finding conflict(ServerDocument document, int port, IntList component, List<LongList> cells,
                                    IntList listenerOf, IntList addressOf, List<IpAddress> addresses) {
        List<LongList> members = new ArrayList<>();
        int[] countBy = new int[Listener.COUNT];
        BitSet[] sitesBy = new BitSet[Listener.COUNT];
        // per address of the component: its first binding, which orders the addresses as the document does
        long[] firstOf = new long[addresses.size()];
        Arrays.fill(firstOf, Long.MAX_VALUE);
        IntList present = new IntList();
        for (int k = 0; k < component.size(); k++) {
            int cell = component.get(k);
            LongList refs = cells.get(cell);
            members.add(refs);
            int c = listenerOf.get(cell);
            countBy[c] += refs.size();
            if (sitesBy[c] == null) {
                sitesBy[c] = new BitSet();
            }
            for (int i = 0; i < refs.size(); i++) {
                sitesBy[c].set(Refs.site(refs.get(i)));
            }
            int address = addressOf.get(cell);
            if (firstOf[address] == Long.MAX_VALUE) {
                present.add(address);
            }
            firstOf[address] = Math.min(firstOf[address], refs.get(0));
        }
        Group g = new Group(document, union(members));
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < Listener.COUNT; c++) {
            if (countBy[c] > 0) {
                parts.add(Listener.label(c) + " for " + Words.quotedList(firstNames(document, sitesBy[c]),
                        sitesBy[c].cardinality()));
            }
        }
        String where;
        String endpoint;
        if (present.size() == 1) {
            IpAddress ip = addresses.get(present.get(0));
            where = Endpoints.describe(ip);
            endpoint = Endpoints.ipPort(ip, port);
        } else {
            // a catch-all binding can overlap thousands of addresses: name the first few, count the rest
            List<String> shown = new ArrayList<>();
            long after = Long.MIN_VALUE;
            while (shown.size() <= Words.SHOWN && shown.size() < present.size()) {
                int next = -1;
                for (int k = 0; k < present.size(); k++) {
                    long first = firstOf[present.get(k)];
                    if (first > after && (next < 0 || first < firstOf[next])) {
                        next = present.get(k);
                    }
                }
                shown.add(Endpoints.describe(addresses.get(next)));
                after = firstOf[next];
            }
            where = "overlapping addresses (" + Words.shortList(shown, present.size()) + ")";
            endpoint = Endpoints.ipPort(IpAddress.ANY, port);
        }
        int keep = keeper(port, countBy);
        List<String> moved = new ArrayList<>();
        int movedCount = 0;
        for (int c = 0; c < Listener.COUNT; c++) {
            if (c != keep && countBy[c] > 0) {
                moved.add(Listener.label(c));
                movedCount += countBy[c];
            }
        }
        boolean onlyWeb = countBy[Listener.FTP] == 0 && countBy[Listener.NET_TCP] == 0;
        String consequence = onlyWeb
                ? "plain HTTP clients will fail the TLS handshake"
                : "their listeners cannot share the port, so whichever starts second fails with 'Address already"
                        + " in use' (Q165338)";
        String message = String.format("Port %d on %s is %s: %s. Move the %s %s to another port.", port, where,
                joinAnd(parts), consequence, joinAnd(moved), Words.plural(movedCount, "binding", "bindings"));
        return g.finding(Code.PROTOCOL_CONFLICT, endpoint, message);
    }

    /** The names of the first sites of the set, as many as a list shows. */
    private static List<String> firstNames(ServerDocument document, BitSet sites) {
        List<String> names = new ArrayList<>();
        for (int s = sites.nextSetBit(0); s >= 0 && names.size() <= Words.SHOWN; s = sites.nextSetBit(s + 1)) {
            names.add(document.sites().get(s).name());
        }
        return names;
    }

    /** The listener that should stay: the one whose well-known port this is, else HTTPS, HTTP, FTP in that order. */
    private static int keeper(int port, int[] countBy) {
        int wellKnown = switch (port) {
            case 80 -> Listener.HTTP;
            case 443 -> Listener.HTTPS;
            case 20, 21 -> Listener.FTP;
            case 808 -> Listener.NET_TCP;
            default -> Listener.NONE;
        };
        if (wellKnown != Listener.NONE && countBy[wellKnown] > 0) {
            return wellKnown;
        }
        return countBy[Listener.HTTPS] > 0 ? Listener.HTTPS : countBy[Listener.HTTP] > 0 ? Listener.HTTP : Listener.FTP;
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
