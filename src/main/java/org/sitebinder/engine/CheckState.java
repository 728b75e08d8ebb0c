package org.sitebinder.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;

/**
 * The indexes and findings of one document, kept by group key so that an edit re-computes only the
 * groups its sites' old and new bindings belong to. A full check and an update run the same rule
 * code over the same buckets, which is why their results are equal.
 */
final class CheckState {
    private final Clock clock;
    private ServerDocument document;
    private SslLookup ssl;
    private BindingIndex index;
    private DuplicateSites duplicateSites;
    private BindingRules bindingRules;
    private HostPortRules hostPortRules;
    private PortRules portRules;
    private RecordRules recordRules;
    private final Map<Object, List<Ranked>> byKey = new HashMap<>();
    private final List<Ranked> sorted = new ArrayList<>();
    private Findings findings;

    CheckState(ServerDocument document, Clock clock) {
        this.clock = clock;
        rebuild(document);
    }

    Findings findings() {
        return findings;
    }

    /** The document the findings are of. */
    ServerDocument document() {
        return document;
    }

    private void rebuild(ServerDocument doc) {
        document = doc;
        ssl = new SslLookup(doc, clock.instant());
        int bindingCount = 0;
        for (Site site : doc.sites()) {
            bindingCount += site.bindings().size();
        }
        index = new BindingIndex(ssl, bindingCount);
        bindingRules = new BindingRules(ssl);
        hostPortRules = new HostPortRules();
        portRules = new PortRules(ssl, reserved(doc));
        recordRules = new RecordRules(ssl);
        List<Site> sites = doc.sites();
        duplicateSites = new DuplicateSites(sites.size());
        byKey.clear();
        sorted.clear();
        FindingSink sink = new FindingSink();
        duplicateSites.placeAll(sites);
        index.beginBulk(bindingCount);
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            List<Binding> bindings = site.bindings();
            for (int b = 0; b < bindings.size(); b++) {
                long ref = Refs.of(s, b);
                Binding binding = bindings.get(b);
                index.place(ref, binding, true, null);
                bindingRules.check(doc, ref, site, binding, sink);
                if (!sink.items.isEmpty()) {
                    keep(new GroupKeys.Single(ref), sink);
                }
            }
        }
        index.endBulk();
        for (Map.Entry<Object, LongList> e : index.buckets.entrySet()) {
            compute(e.getKey(), sink);
            keep(e.getKey(), sink);
        }
        KeyTable hostPorts = index.hostPorts;
        for (int slot : hostPorts.sharedSlots()) {
            long number = hostPorts.number(slot);
            GroupKeys.HostPort key = new GroupKeys.HostPort((int) (number >>> 20), (int) (number & 0xfffff),
                    hostPorts.text(slot));
            compute(key, sink);
            keep(key, sink);
        }
        for (int port = 1; port < index.ports.length; port++) {
            if (index.ports[port] != null) {
                GroupKeys.Port key = new GroupKeys.Port(port);
                compute(key, sink);
                keep(key, sink);
            }
        }
        for (int id = 0; id < ssl.keyCount(); id++) {
            GroupKeys.Record key = new GroupKeys.Record(id);
            compute(key, sink);
            keep(key, sink);
        }
        for (int s : duplicateSites.sitesInSharedBuckets()) {
            duplicateSites.findFrom(doc, s, sink);
            keep(new GroupKeys.Sites(duplicateSites.componentOf(s)), sink);
        }
        sorted.sort(Ranked.ORDER);
        publish();
    }

    private static Map<Integer, String> reserved(ServerDocument doc) {
        Map<Integer, String> labels = new HashMap<>();
        for (ReservedPort r : doc.reservedPorts()) {
            if (r.port() >= 1 && r.port() <= 65535) {
                labels.merge(r.port(), r.label(), (a, b) -> a.isEmpty() ? b : b.isEmpty() || a.equals(b) ? a : a + ", " + b);
            }
        }
        return labels;
    }

    /** Stores the sink's findings under {@code key} (unsorted: the caller sorts) and empties the sink. */
    private void keep(Object key, FindingSink sink) {
        if (sink.items.isEmpty()) {
            return;
        }
        byKey.put(key, new ArrayList<>(sink.items));
        sorted.addAll(sink.items);
        sink.clear();
    }

    private void compute(Object key, FindingSink out) {
        if (key instanceof GroupKeys.Single k) {
            bindingRules.check(document, k.ref(), out);
        } else if (key instanceof GroupKeys.HostPort k) {
            hostPortRules.check(document, k, index.hostPort(k), out);
        } else if (key instanceof GroupKeys.Port k) {
            portRules.check(document, k.port(), index.ports[k.port()], out);
        } else if (key instanceof GroupKeys.Record k) {
            recordRules.record(document, k.id(), index.served, out);
        } else if (key instanceof GroupKeys.Missing k) {
            recordRules.missing(document, k, index.bucket(k), out);
        } else if (key instanceof GroupKeys.Cert k) {
            recordRules.certificate(document, k, index.bucket(k), out);
        } else if (key instanceof GroupKeys.IpPort k) {
            recordRules.sharedWithoutRecords(document, index.bucket(k), out);
        }
    }

    /** Re-checks after an edit; falls back to a full check when records, certificates or reserved ports changed. */
    Findings update(ServerDocument next) {
        if (next == document) {
            return findings;
        }
        if (structural(next)) {
            rebuild(next);
            return findings;
        }
        List<Site> before = document.sites();
        List<Site> after = next.sites();
        int oldCount = before.size();
        int newCount = after.size();
        int span = Math.max(oldCount, newCount);
        List<Integer> changed = new ArrayList<>();
        int limit = Math.max(256, span / 16);
        for (int i = 0; i < span; i++) {
            if (i >= oldCount || i >= newCount || before.get(i) != after.get(i)) {
                changed.add(i);
                if (changed.size() > limit) {
                    rebuild(next);
                    return findings;
                }
            }
        }
        Dirty dirty = new Dirty();
        Set<Integer> sitesTouched = new TreeSet<>();
        duplicateSites.resize(span);
        BitSet changedSites = new BitSet();
        // a refreshed finding keeps its words, and they name sites: only when no site was renamed, added or removed
        boolean namesKept = oldCount == newCount;
        for (int s : changed) {
            changedSites.set(s);
            if (s < oldCount && s < newCount && !before.get(s).name().equals(after.get(s).name())) {
                namesKept = false;
            }
            if (s < oldCount) {
                Site old = before.get(s);
                duplicateSites.neighbours(old, s, sitesTouched);
                duplicateSites.place(s, old, false);
                for (int b = 0; b < old.bindings().size(); b++) {
                    index.place(Refs.of(s, b), old.bindings().get(b), false, dirty);
                }
            }
        }
        for (int s : changed) {
            if (s < newCount) {
                Site site = after.get(s);
                duplicateSites.place(s, site, true);
                duplicateSites.neighbours(site, s, sitesTouched);
                for (int b = 0; b < site.bindings().size(); b++) {
                    index.place(Refs.of(s, b), site.bindings().get(b), true, dirty);
                }
            }
        }
        document = next;
        FindingSink sink = new FindingSink();
        List<Ranked> removed = new ArrayList<>();
        List<Ranked> added = new ArrayList<>();
        Map<Ranked, Ranked> refreshed = new IdentityHashMap<>(namesKept ? dirty.size() : 0);
        boolean refreshing = namesKept;
        dirty.forEach((key, unchanged) -> {
            if (refreshing && unchanged) {
                refresh(key, changedSites, refreshed);
                return;
            }
            List<Ranked> old = byKey.remove(key);
            if (old != null) {
                removed.addAll(old);
            }
            compute(key, sink);
            if (!sink.items.isEmpty()) {
                byKey.put(key, new ArrayList<>(sink.items));
                added.addAll(sink.items);
                sink.clear();
            }
        });
        replace(removed, added);
        swap(refreshed);
        redoDuplicateSites(sitesTouched, newCount, sink);
        publish();
        return findings;
    }

    /**
     * The findings of a group whose members an edit left exactly where they were, with no site
     * renamed: the rules would word them alike, so they are only made again with the current sites,
     * whose binding texts may have changed. This is what keeps an edit of one binding cheap when
     * its port's PROTOCOL_CONFLICT names 76,000 bindings, or when thousands of IP records serve it.
     */
    private void refresh(Object key, BitSet changedSites, Map<Ranked, Ranked> into) {
        List<Ranked> kept = byKey.get(key);
        if (kept == null) {
            return;
        }
        for (int i = 0; i < kept.size(); i++) {
            Ranked r = kept.get(i);
            Finding f = r.finding();
            if (f.bindings() instanceof Frozen.Displays displays) {
                Ranked fresh = new Ranked(new Finding(f.code(), f.severity(), f.sites(), f.endpoint(),
                        displays.of(document.sites(), changedSites), f.message(), f.siteIndexes(), f.bindingRefs()),
                        r.tie(), r.firstSite());
                kept.set(i, fresh);
                into.put(r, fresh);
            }
        }
    }

    /** Puts each refreshed finding where its old one was: both sort alike. */
    private void swap(Map<Ranked, Ranked> refreshed) {
        if (refreshed.isEmpty()) {
            return;
        }
        if (refreshed.size() <= 64) {
            for (Map.Entry<Ranked, Ranked> e : refreshed.entrySet()) {
                int at = indexOf(e.getKey());
                if (at < 0) {
                    throw new IllegalStateException("a kept finding is not in the sorted list");
                }
                sorted.set(at, e.getValue());
            }
            return;
        }
        for (int i = 0; i < sorted.size(); i++) {
            Ranked fresh = refreshed.get(sorted.get(i));
            if (fresh != null) {
                sorted.set(i, fresh);
            }
        }
    }

    /** The position of this very finding in the sorted list (an equal one may sit beside it), or -1. */
    private int indexOf(Ranked r) {
        int at = Collections.binarySearch(sorted, r, Ranked.ORDER);
        if (at < 0) {
            return -1;
        }
        for (int i = at; i >= 0 && Ranked.ORDER.compare(sorted.get(i), r) == 0; i--) {
            if (sorted.get(i) == r) {
                return i;
            }
        }
        for (int i = at + 1; i < sorted.size() && Ranked.ORDER.compare(sorted.get(i), r) == 0; i++) {
            if (sorted.get(i) == r) {
                return i;
            }
        }
        return -1;
    }

    private void redoDuplicateSites(Set<Integer> touched, int newCount, FindingSink sink) {
        Set<Integer> starts = new TreeSet<>(touched);
        for (int s : touched) {
            int c = duplicateSites.componentOf(s);
            if (c < 0) {
                continue;
            }
            List<Ranked> old = drop(new GroupKeys.Sites(c));
            if (old != null) {
                for (Ranked r : old) {
                    duplicateSites.forget(r.finding().siteIndexes());
                    starts.addAll(r.finding().siteIndexes());
                }
            }
        }
        duplicateSites.resize(newCount);
        for (int s : starts) {
            if (s < newCount) {
                duplicateSites.findFrom(document, s, sink);
                insert(new GroupKeys.Sites(duplicateSites.componentOf(s)), sink);
            }
        }
    }

    private boolean structural(ServerDocument next) {
        if (next.sslRecordsKnown() != document.sslRecordsKnown()
                || !same(next.sslRecords(), document.sslRecords())
                || !same(next.certificates(), document.certificates())
                || !same(next.reservedPorts(), document.reservedPorts())) {
            return true;
        }
        Instant change = ssl.nextCertificateChange();
        return change != null && !clock.instant().isBefore(change);
    }

    private static boolean same(List<?> a, List<?> b) {
        return a == b || a.equals(b);
    }

    /**
     * Takes {@code removed} out of the sorted findings and puts {@code added} in. One edit can touch
     * thousands of groups (a catch-all https binding is served by every IP record of its port), and
     * a binary search and an array shift per finding would then move the whole list thousands of
     * times; past a few findings the list is merged once instead.
     */
    private void replace(List<Ranked> removed, List<Ranked> added) {
        if (removed.size() + added.size() <= 64) {
            for (Ranked r : removed) {
                remove(r);
            }
            for (Ranked r : added) {
                add(r);
            }
            return;
        }
        Set<Ranked> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(removed);
        added.sort(Ranked.ORDER);
        List<Ranked> merged = new ArrayList<>(sorted.size() - removed.size() + added.size());
        int a = 0;
        for (Ranked r : sorted) {
            if (gone.contains(r)) {
                continue;
            }
            while (a < added.size() && Ranked.ORDER.compare(added.get(a), r) < 0) {
                merged.add(added.get(a++));
            }
            merged.add(r);
        }
        merged.addAll(added.subList(a, added.size()));
        sorted.clear();
        sorted.addAll(merged);
    }

    private void remove(Ranked r) {
        int at = indexOf(r);
        if (at >= 0) {
            sorted.remove(at);
        }
    }

    private void add(Ranked r) {
        int at = Collections.binarySearch(sorted, r, Ranked.ORDER);
        sorted.add(at >= 0 ? at : -at - 1, r);
    }

    private List<Ranked> drop(Object key) {
        List<Ranked> old = byKey.remove(key);
        if (old != null) {
            for (Ranked r : old) {
                remove(r);
            }
        }
        return old;
    }

    private void insert(Object key, FindingSink sink) {
        if (sink.items.isEmpty()) {
            return;
        }
        byKey.put(key, new ArrayList<>(sink.items));
        for (Ranked r : sink.items) {
            add(r);
        }
        sink.clear();
    }

    private void publish() {
        List<Finding> list = new ArrayList<>(sorted.size());
        for (Ranked r : sorted) {
            list.add(r.finding());
        }
        findings = new Findings(list);
    }
}
