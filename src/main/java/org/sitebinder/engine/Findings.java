package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one check, in report order (errors, warnings, info; then code; then first site),
 * indexed by site and binding so the GUI can style a tree node or a row without scanning. The
 * indexes are hash maps built once, on first use, so a check that nobody browses does not pay for
 * them.
 */
public final class Findings {
    private final List<Finding> all;
    private final int[] counts = new int[Severity.values().length];
    private volatile Indexes indexes;

    private record Indexes(Map<Integer, List<Finding>> bySite, Map<BindingRef, List<Finding>> byBinding,
                           Map<Integer, Severity> worstSite, Map<BindingRef, Severity> worstBinding) {
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
        return indexes().bySite.getOrDefault(siteIndex, List.of());
    }

    /** Findings that name this binding, in report order. */
    public List<Finding> forBinding(BindingRef ref) {
        return indexes().byBinding.getOrDefault(ref, List.of());
    }

    /** The worst severity among the site's findings, or {@code null} when it has none. */
    public Severity worstForSite(int siteIndex) {
        return indexes().worstSite.get(siteIndex);
    }

    /** The worst severity among the binding's findings, or {@code null} when it has none. */
    public Severity worstForBinding(BindingRef ref) {
        return indexes().worstBinding.get(ref);
    }

    public int count(Severity severity) {
        return counts[severity.ordinal()];
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            built = build();
            indexes = built;
        }
        return built;
    }

    private Indexes build() {
        Map<Integer, List<Finding>> bySite = new HashMap<>();
        Map<BindingRef, List<Finding>> byBinding = new HashMap<>();
        Map<Integer, Severity> worstSite = new HashMap<>();
        Map<BindingRef, Severity> worstBinding = new HashMap<>();
        for (Finding f : all) {
            for (Integer s : f.siteIndexes()) {
                bySite.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
                worstSite.merge(s, f.severity(), Findings::worse);
            }
            for (BindingRef r : f.bindingRefs()) {
                byBinding.computeIfAbsent(r, k -> new ArrayList<>()).add(f);
                worstBinding.merge(r, f.severity(), Findings::worse);
            }
        }
        bySite.replaceAll((k, v) -> List.copyOf(v));
        byBinding.replaceAll((k, v) -> List.copyOf(v));
        return new Indexes(bySite, byBinding, worstSite, worstBinding);
    }

    private static Severity worse(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
