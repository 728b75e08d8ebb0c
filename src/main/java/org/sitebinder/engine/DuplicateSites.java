package org.sitebinder.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;

/**
 * DUPLICATE_SITE: sites linked by an equal id or an equal name (case-insensitive); one finding per
 * connected component, found by walking the id and name buckets.
 */
final class DuplicateSites {
    private final KeyTable byName;
    private final KeyTable byId;
    /** Per site: the first site of its component, or -1. */
    private int[] component;

    DuplicateSites(int sites) {
        byName = new KeyTable(sites, true);
        byId = new KeyTable(sites, false);
        component = new int[sites];
        Arrays.fill(component, -1);
    }

    /** Places every site of a full check at once (see {@link KeyTable#addAll}). */
    void placeAll(List<Site> sites) {
        KeyTable.Batch names = new KeyTable.Batch(sites.size());
        KeyTable.Batch ids = new KeyTable.Batch(sites.size());
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            names.add(0, site.name(), s);
            if (site.id() != null) {
                ids.add(site.id(), "", s);
            }
        }
        byName.addAll(names);
        byId.addAll(ids);
    }

    void place(int index, Site site, boolean add) {
        if (add) {
            byName.add(0, site.name(), index);
            if (site.id() != null) {
                byId.add(site.id(), "", index);
            }
        } else {
            byName.remove(0, site.name(), index);
            if (site.id() != null) {
                byId.remove(site.id(), "", index);
            }
        }
    }

    void resize(int sites) {
        int old = component.length;
        component = Arrays.copyOf(component, sites);
        if (sites > old) {
            Arrays.fill(component, old, sites, -1);
        }
    }

    /** The sites in the same buckets as {@code site}, itself included. */
    void neighbours(Site site, int index, Collection<Integer> into) {
        into.add(index);
        addAll(byName, byName.find(0, site.name()), into);
        if (site.id() != null) {
            addAll(byId, byId.find(site.id(), ""), into);
        }
    }

    private static void addAll(KeyTable table, int slot, Collection<Integer> into) {
        if (slot >= 0) {
            for (long s : table.members(slot)) {
                into.add((int) s);
            }
        }
    }

    /** Every site whose name or id bucket holds another site too: where a full check starts its walks. */
    List<Integer> sitesInSharedBuckets() {
        List<Integer> out = new ArrayList<>();
        for (KeyTable table : new KeyTable[] {byName, byId}) {
            for (int slot : table.sharedSlots()) {
                for (long s : table.members(slot)) {
                    out.add((int) s);
                }
            }
        }
        return out;
    }

    /** The component key of a site, or -1. */
    int componentOf(int site) {
        return site < component.length ? component[site] : -1;
    }

    /** Forgets the component of these sites, so {@link #findFrom} can rebuild it. */
    void forget(List<Integer> members) {
        for (int s : members) {
            if (s < component.length) {
                component[s] = -1;
            }
        }
    }

    /** Builds the component of {@code start} if it has none yet and it is a duplicate; reports it. */
    void findFrom(ServerDocument document, int start, FindingSink out) {
        if (component[start] >= 0) {
            return;
        }
        Site first = document.sites().get(start);
        if (!isDuplicate(first)) {
            return;
        }
        Set<Integer> seen = new LinkedHashSet<>();
        Set<Integer> nameSlots = new HashSet<>();
        Set<Integer> idSlots = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            Site site = document.sites().get(queue.poll());
            // each bucket is walked once, so a thousand sites of one name cost a thousand steps, not a million
            visit(byName, byName.find(0, site.name()), nameSlots, seen, queue);
            if (site.id() != null) {
                visit(byId, byId.find(site.id(), ""), idSlots, seen, queue);
            }
        }
        int[] members = seen.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int s : members) {
            component[s] = members[0];
        }
        out.add(finding(document, members));
    }

    private static void visit(KeyTable table, int slot, Set<Integer> walked, Set<Integer> seen, ArrayDeque<Integer> queue) {
        if (slot < 0 || !walked.add(slot)) {
            return;
        }
        for (long member : table.members(slot)) {
            if (seen.add((int) member)) {
                queue.add((int) member);
            }
        }
    }

    private boolean isDuplicate(Site site) {
        int names = byName.find(0, site.name());
        if (names >= 0 && byName.setSize(names) > 1) {
            return true;
        }
        int ids = site.id() == null ? -1 : byId.find(site.id(), "");
        return ids >= 0 && byId.setSize(ids) > 1;
    }

    private static Finding finding(ServerDocument document, int[] members) {
        Group g = new Group(document, members);
        Map<Long, Integer> idCounts = new LinkedHashMap<>();
        Map<String, Integer> nameCounts = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new HashMap<>();
        for (int s : members) {
            Site site = document.sites().get(s);
            if (site.id() != null) {
                idCounts.merge(site.id(), 1, Integer::sum);
            }
            String key = site.name().toLowerCase(Locale.ROOT);
            nameCounts.merge(key, 1, Integer::sum);
            firstSpelling.putIfAbsent(key, site.name());
        }
        Set<String> sharedIds = new LinkedHashSet<>();
        idCounts.forEach((id, n) -> {
            if (n > 1) {
                sharedIds.add(Long.toString(id));
            }
        });
        Set<String> sharedNames = new LinkedHashSet<>();
        nameCounts.forEach((key, n) -> {
            if (n > 1) {
                sharedNames.add("'" + firstSpelling.get(key) + "'");
            }
        });
        List<String> what = new ArrayList<>();
        if (!sharedIds.isEmpty()) {
            what.add((sharedIds.size() == 1 ? "the id " : "the ids ") + String.join(", ", sharedIds));
        }
        if (!sharedNames.isEmpty()) {
            what.add((sharedNames.size() == 1 ? "the name " : "the names ") + String.join(", ", sharedNames));
        }
        String message = String.format("Sites %s share %s: IIS refuses a configuration with two sites of one id"
                + " or one name, so none of its sites start. Give each site its own id and name.",
                g.siteList(), String.join(" and ", what));
        return g.finding(Code.DUPLICATE_SITE, null, message);
    }
}
