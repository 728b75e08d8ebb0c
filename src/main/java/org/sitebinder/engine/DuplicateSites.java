package org.sitebinder.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
    private final Map<String, LongList> byName = new HashMap<>();
    private final Map<Long, LongList> byId = new HashMap<>();
    /** Per site: the first site of its component, or -1. */
    private int[] component;

    DuplicateSites(int sites) {
        component = new int[sites];
        Arrays.fill(component, -1);
    }

    void place(int index, Site site, boolean add) {
        place(byName, nameKey(site), index, add);
        if (site.id() != null) {
            place(byId, site.id(), index, add);
        }
    }

    private static <K> void place(Map<K, LongList> map, K key, int index, boolean add) {
        if (add) {
            map.computeIfAbsent(key, k -> new LongList()).add(index);
            return;
        }
        LongList list = map.get(key);
        if (list != null) {
            list.remove(index);
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private static String nameKey(Site site) {
        return site.name().toLowerCase(Locale.ROOT);
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
        addAll(byName.get(nameKey(site)), into);
        if (site.id() != null) {
            addAll(byId.get(site.id()), into);
        }
    }

    private static void addAll(LongList list, Collection<Integer> into) {
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                into.add((int) list.get(i));
            }
        }
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
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        List<Integer> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            found.clear();
            neighbours(document.sites().get(s), s, found);
            for (int n : found) {
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        int[] members = seen.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int s : members) {
            component[s] = members[0];
        }
        out.add(finding(document, members));
    }

    private boolean isDuplicate(Site site) {
        LongList names = byName.get(nameKey(site));
        LongList ids = site.id() == null ? null : byId.get(site.id());
        return (names != null && names.size() > 1) || (ids != null && ids.size() > 1);
    }

    private static Finding finding(ServerDocument document, int[] members) {
        Group g = new Group(document, members);
        Set<String> sharedIds = new LinkedHashSet<>();
        Set<String> sharedNames = new LinkedHashSet<>();
        for (int i = 0; i < members.length; i++) {
            Site a = document.sites().get(members[i]);
            for (int j = 0; j < members.length; j++) {
                Site b = document.sites().get(members[j]);
                if (i != j && a.id() != null && a.id().equals(b.id())) {
                    sharedIds.add(Long.toString(a.id()));
                }
                if (i != j && a.name().equalsIgnoreCase(b.name())) {
                    sharedNames.add("'" + a.name() + "'");
                }
            }
        }
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
