package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;

/**
 * The findings of one revision, indexed once by site and binding, so that styling ten thousand tree
 * nodes and rows is a lookup per node rather than a scan of every finding.
 */
public final class FindingsIndex {
    public static final FindingsIndex EMPTY = new FindingsIndex(new Findings(List.of()));

    private final Findings findings;
    private final Map<Integer, Severity> worstBySite = new HashMap<>();
    private final Map<Integer, Integer> countBySite = new HashMap<>();
    private final Map<BindingRef, List<Finding>> byBinding = new HashMap<>();

    public FindingsIndex(Findings findings) {
        this.findings = findings;
        for (Finding f : findings.all()) {
            for (Integer site : f.siteIndexes()) {
                worstBySite.merge(site, f.severity(), FindingsIndex::worse);
                countBySite.merge(site, 1, Integer::sum);
            }
            for (BindingRef ref : f.bindingRefs()) {
                byBinding.computeIfAbsent(ref, r -> new ArrayList<>()).add(f);
            }
        }
    }

    public Findings findings() {
        return findings;
    }

    /** The worst severity of the site's findings, or {@code null}. */
    public Severity siteSeverity(int siteIndex) {
        return worstBySite.get(siteIndex);
    }

    public int siteFindingCount(int siteIndex) {
        return countBySite.getOrDefault(siteIndex, 0);
    }

    /** The findings naming this binding, in report order. */
    public List<Finding> forBinding(BindingRef ref) {
        return byBinding.getOrDefault(ref, List.of());
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
