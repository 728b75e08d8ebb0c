package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The findings of one check, in report order (errors, warnings, info; then code; then first site),
 * indexed by site and binding so the GUI can style a tree node or a row without scanning. The
 * index is built once, on first use, so a check that nobody browses does not pay for it. It is
 * arrays by site position, because the window rebuilds it after every edit and one finding can
 * name 76,000 sites; a binding's findings are picked from its site's few, by a binary search in
 * each finding's refs (kept in document order).
 */
public final class Findings {
    private static final Severity[] SEVERITIES = Severity.values();

    private final List<Finding> all;
    private final int[] counts = new int[SEVERITIES.length];
    private volatile Index index;

    /** The findings naming site s are {@code bySite[start[s]]} up to {@code bySite[start[s + 1]]}, in report order. */
    private record Index(int[] start, Finding[] bySite, byte[] worst) {
        int sites() {
            return worst.length;
        }
    }

    public Findings(List<Finding> all) {
        this.all = List.copyOf(all);
        for (Finding f : this.all) {
            counts[f.severity().ordinal()]++;
        }
    }

    /** Every finding, in report order. */
    public List<Finding> all() {
        return all;
    }

    /** Findings that name the site at this index, in report order. */
    public List<Finding> forSite(int siteIndex) {
        Index x = index();
        if (siteIndex < 0 || siteIndex >= x.sites()) {
            return List.of();
        }
        return List.of(Arrays.copyOfRange(x.bySite, x.start[siteIndex], x.start[siteIndex + 1]));
    }

    /** How many findings name the site at this index. */
    public int countForSite(int siteIndex) {
        Index x = index();
        return siteIndex < 0 || siteIndex >= x.sites() ? 0 : x.start[siteIndex + 1] - x.start[siteIndex];
    }

    /** Findings that name this binding, in report order. */
    public List<Finding> forBinding(BindingRef ref) {
        Index x = index();
        int s = ref.site();
        if (s < 0 || s >= x.sites()) {
            return List.of();
        }
        List<Finding> out = null;
        Finding previous = null;
        for (int i = x.start[s]; i < x.start[s + 1]; i++) {
            Finding f = x.bySite[i];
            // a finding that names the site twice is listed once
            if (f != previous && names(f.bindingRefs(), ref)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(f);
            }
            previous = f;
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /** The worst severity among the site's findings, or {@code null} when it has none. */
    public Severity worstForSite(int siteIndex) {
        Index x = index();
        return siteIndex < 0 || siteIndex >= x.sites() || x.worst[siteIndex] == 0 ? null : SEVERITIES[x.worst[siteIndex] - 1];
    }

    /** The worst severity among the binding's findings, or {@code null} when it has none. */
    public Severity worstForBinding(BindingRef ref) {
        Severity worst = null;
        for (Finding f : forBinding(ref)) {
            worst = worst == null || f.severity().ordinal() < worst.ordinal() ? f.severity() : worst;
        }
        return worst;
    }

    public int count(Severity severity) {
        return counts[severity.ordinal()];
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            built = build();
            index = built;
        }
        return built;
    }

    private Index build() {
        int[] perSite = new int[16];
        byte[] worstSeen = new byte[16];
        int sites = 0;
        int total = 0;
        for (Finding f : all) {
            byte level = (byte) (f.severity().ordinal() + 1);
            List<Integer> indexes = f.siteIndexes();
            for (int k = 0; k < indexes.size(); k++) {
                int s = indexes.get(k);
                if (s >= perSite.length) {
                    int grown = Math.max(s + 1, perSite.length * 2);
                    perSite = Arrays.copyOf(perSite, grown);
                    worstSeen = Arrays.copyOf(worstSeen, grown);
                }
                perSite[s]++;
                if (worstSeen[s] == 0 || level < worstSeen[s]) {
                    worstSeen[s] = level;
                }
                sites = Math.max(sites, s + 1);
                total++;
            }
        }
        int[] start = new int[sites + 1];
        for (int s = 0; s < sites; s++) {
            start[s + 1] = start[s] + perSite[s];
        }
        Finding[] bySite = new Finding[total];
        int[] next = Arrays.copyOf(start, sites);
        for (Finding f : all) {
            List<Integer> indexes = f.siteIndexes();
            for (int k = 0; k < indexes.size(); k++) {
                int s = indexes.get(k);
                bySite[next[s]++] = f;
            }
        }
        return new Index(start, bySite, Arrays.copyOf(worstSeen, sites));
    }

    /** Whether {@code refs}, in document order as every finding keeps them, holds {@code ref}. */
    private static boolean names(List<BindingRef> refs, BindingRef ref) {
        int lo = 0;
        int hi = refs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            BindingRef r = refs.get(mid);
            int c = r.site() != ref.site() ? Integer.compare(r.site(), ref.site()) : Integer.compare(r.binding(), ref.binding());
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }
}
