package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The union of sorted cells, sorted: copy then sort, since inserting cell by cell would be quadratic. */
    private static long[] union(List<LongList> cells) {
        int total = 0;
        for (LongList c : cells) {
            total += c.size();
        }
        long[] refs = new long[total];
        int at = 0;
        for (LongList c : cells) {
            c.copyTo(refs, at);
            at += c.size();
        }
        Arrays.sort(refs);
        return refs;
    }

    /** Union-find over (address, listener) cells: cells of different listeners on overlapping addresses join. */
    private void protocolConflicts(ServerDocument document, int port, PortBucket bucket, FindingSink out) {
        int anyMask = PortBucket.mask(bucket.any);
        List<LongList> cells = new ArrayList<>();
        int[] anyCell = new int[Listener.COUNT];
        Arrays.fill(anyCell, -1);
        for (int c = 0; c < Listener.COUNT; c++) {
            if (bucket.any[c] != null) {
                anyCell[c] = cells.size();
                cells.add(bucket.any[c]);
            }
        }
        List<int[]> unions = new ArrayList<>();
        int firstAny = -1;
        for (int c = 0; c < Listener.COUNT; c++) {
            if (anyCell[c] >= 0) {
                if (firstAny >= 0) {
                    unions.add(new int[] {firstAny, anyCell[c]});
                } else {
                    firstAny = anyCell[c];
                }
            }
        }
        for (LongList[] ipCells : bucket.specific.values()) {
            int m = PortBucket.mask(ipCells);
            if (Integer.bitCount(m) == 1 && (anyMask & ~m) == 0) {
                continue;
            }
            int first = -1;
            for (int c = 0; c < Listener.COUNT; c++) {
                if (ipCells[c] == null) {
                    continue;
                }
                int id = cells.size();
                cells.add(ipCells[c]);
                if (first >= 0) {
                    unions.add(new int[] {first, id});
                } else {
                    first = id;
                }
                for (int o = 0; o < Listener.COUNT; o++) {
                    if (o != c && anyCell[o] >= 0) {
                        unions.add(new int[] {id, anyCell[o]});
                        break;
                    }
                }
            }
        }
        if (unions.isEmpty()) {
            return;
        }
        int[] p = new int[cells.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        for (int[] u : unions) {
            int a = find(p, u[0]);
            int b = find(p, u[1]);
            if (a != b) {
                p[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, List<LongList>> components = new java.util.HashMap<>();
        for (int i = 0; i < p.length; i++) {
            components.computeIfAbsent(find(p, i), r -> new ArrayList<>()).add(cells.get(i));
        }
        for (List<LongList> component : components.values()) {
            if (component.size() >= 2) {
                out.add(conflict(new Group(document, union(component)), port));
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

    private static Finding conflict(Group g, int port) {
        List<Set<String>> sitesBy = new ArrayList<>();
        int[] countBy = new int[Listener.COUNT];
        for (int c = 0; c < Listener.COUNT; c++) {
            sitesBy.add(new LinkedHashSet<>());
        }
        Set<IpAddress> addresses = new LinkedHashSet<>();
        for (long ref : g.refs) {
            var binding = g.binding(ref);
            int c = Listener.of(binding);
            countBy[c]++;
            String name = g.siteName(ref);
            sitesBy.get(c).add(name);
            addresses.add(binding.address().ip());
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < Listener.COUNT; c++) {
            if (countBy[c] > 0) {
                parts.add(Listener.label(c) + " for " + Words.quotedList(new ArrayList<>(sitesBy.get(c))));
            }
        }
        String where;
        if (addresses.size() == 1) {
            where = Endpoints.describe(addresses.iterator().next());
        } else {
            // a catch-all binding can overlap thousands of addresses: name the first few, count the rest
            List<String> shown = new ArrayList<>();
            for (IpAddress ip : addresses) {
                if (shown.size() > Words.SHOWN) {
                    break;
                }
                shown.add(Endpoints.describe(ip));
            }
            where = "overlapping addresses (" + Words.shortList(shown, addresses.size()) + ")";
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
        return g.finding(Code.PROTOCOL_CONFLICT, g.endpoint(), message);
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
