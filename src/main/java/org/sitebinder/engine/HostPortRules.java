package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;

/** DUPLICATE_BINDING and OVERLAPPING_BINDING: bindings of one listener, port and host. */
final class HostPortRules {

    void check(ServerDocument document, GroupKeys.HostPort key, LongList bucket, FindingSink out) {
        if (bucket == null || bucket.size() < 2) {
            return;
        }
        Group all = new Group(document, bucket.toArray());
        Map<IpAddress, LongList> byIp = new LinkedHashMap<>();
        for (long ref : all.refs) {
            byIp.computeIfAbsent(all.binding(ref).address().ip(), ip -> new LongList()).add(ref);
        }
        for (LongList same : byIp.values()) {
            if (same.size() >= 2) {
                out.add(duplicate(new Group(document, same.toArray())));
            }
        }
        if (byIp.size() >= 2 && byIp.containsKey(IpAddress.ANY)) {
            out.add(overlapping(all, key));
        }
    }

    private static Finding duplicate(Group g) {
        Binding b = g.first();
        String message;
        if (g.sites.size() == 1) {
            message = String.format("Site '%s' has the binding '%s' %d times: IIS rejects the duplicate and the"
                    + " site does not start. Remove the duplicate binding.", g.sites.get(0), b.display(), g.refs.length);
        } else {
            message = String.format("The binding '%s' is assigned to %s: IIS starts only one of these sites, the"
                    + " others fail to start. Give each site its own host name, IP address or port.",
                    b.display(), g.siteList());
        }
        return g.finding(Code.DUPLICATE_BINDING, g.endpoint(), message);
    }

    private static Finding overlapping(Group g, GroupKeys.HostPort key) {
        List<String> anySites = new ArrayList<>();
        List<String> specificSites = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (long ref : g.refs) {
            IpAddress ip = g.binding(ref).address().ip();
            List<String> target = ip.isAny() ? anySites : specificSites;
            String name = g.siteName(ref);
            if (!target.contains(name)) {
                target.add(name);
            }
            if (!ip.isAny() && !addresses.contains(Endpoints.ip(ip))) {
                addresses.add(Endpoints.ip(ip));
            }
        }
        String host = key.host().isEmpty() ? "any host" : "host '" + key.host() + "'";
        String message = String.format("%s on port %d for %s is bound on All Unassigned by %s and on %s by %s:"
                        + " legal, requests to %s go to %s and every other address goes to %s. Check that this is"
                        + " intended.", Listener.label(key.listener()), key.port(), host, Words.quotedList(anySites),
                String.join(", ", addresses), Words.quotedList(specificSites), String.join(", ", addresses),
                Words.quotedList(specificSites), Words.quotedList(anySites));
        return g.finding(Code.OVERLAPPING_BINDING, g.endpoint(), message);
    }
}
