package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;

/**
 * The findings of one revision, indexed once by site, so that styling ten thousand tree nodes and
 * rows is a lookup per node rather than a scan of every finding. Built after every edit: the index
 * is arrays by site position (a finding can name 76,000 sites), and a binding's findings are picked
 * from its site's few when asked for.
 */
public final class FindingsIndex {
    public static final FindingsIndex EMPTY = new FindingsIndex(new Findings(List.of()));
    private static final Severity[] SEVERITIES = Severity.values();

    private final Findings findings;
    /** The findings naming site s are {@code bySite[start[s]]} up to {@code bySite[start[s + 1]]}, in report order. */
    private final int[] start;
    private final Finding[] bySite;
    /** Per site: the worst severity's ordinal plus one, 0 when the site has no finding. */
    private final byte[] worst;

    public FindingsIndex(Findings findings) {
        this.findings = findings;
        List<Finding> all = findings.all();
        int[] counts = new int[16];
        byte[] worstSeen = new byte[16];
        int sites = 0;
        int total = 0;
        for (Finding f : all) {
            byte level = (byte) (f.severity().ordinal() + 1);
            List<Integer> indexes = f.siteIndexes();
            for (int k = 0; k < indexes.size(); k++) {
                int s = indexes.get(k);
                if (s >= counts.length) {
                    int grown = Math.max(s + 1, counts.length * 2);
                    counts = Arrays.copyOf(counts, grown);
                    worstSeen = Arrays.copyOf(worstSeen, grown);
                }
                counts[s]++;
                if (worstSeen[s] == 0 || level < worstSeen[s]) {
                    worstSeen[s] = level;
                }
                sites = Math.max(sites, s + 1);
                total++;
            }
        }
        start = new int[sites + 1];
        for (int s = 0; s < sites; s++) {
            start[s + 1] = start[s] + counts[s];
        }
        bySite = new Finding[total];
        int[] next = Arrays.copyOf(start, sites);
        for (Finding f : all) {
            List<Integer> indexes = f.siteIndexes();
            for (int k = 0; k < indexes.size(); k++) {
                int s = indexes.get(k);
                bySite[next[s]++] = f;
            }
        }
        worst = Arrays.copyOf(worstSeen, sites);
    }

    public Findings findings() {
        return findings;
    }

    /** The worst severity of the site's findings, or {@code null}. */
    public Severity siteSeverity(int siteIndex) {
        return siteIndex < 0 || siteIndex >= worst.length || worst[siteIndex] == 0 ? null : SEVERITIES[worst[siteIndex] - 1];
    }

    public int siteFindingCount(int siteIndex) {
        return siteIndex < 0 || siteIndex >= worst.length ? 0 : start[siteIndex + 1] - start[siteIndex];
    }

    /** The findings naming this binding, in report order. */
    public List<Finding> forBinding(BindingRef ref) {
        int s = ref.site();
        if (s < 0 || s >= worst.length) {
            return List.of();
        }
        List<Finding> out = null;
        Finding previous = null;
        for (int i = start[s]; i < start[s + 1]; i++) {
            Finding f = bySite[i];
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

    /**
     * The name the view uses for a severity, as a pseudo-class and in icons: {@code error},
     * {@code warning}, {@code info}; empty for none.
     */
    public static String level(Severity s) {
        return s == null ? "" : s.label();
    }

    static Severity worse(Severity a, Severity b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
