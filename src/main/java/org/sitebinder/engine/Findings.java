package org.sitebinder.engine;

import java.util.List;

/**
 * The findings of one check, in report order (errors, warnings, info; then code; then first site),
 * indexed by site and binding so the GUI can style a tree node or a row without scanning.
 */
public final class Findings {
    private final List<Finding> all;

    public Findings(List<Finding> all) {
        this.all = List.copyOf(all);
    }

    /** Every finding, in report order. */
    public List<Finding> all() {
        return all;
    }

    /** Findings that name the site at this index. */
    public List<Finding> forSite(int siteIndex) {
        return all.stream().filter(f -> f.siteIndexes().contains(siteIndex)).toList();
    }

    /** Findings that name this binding. */
    public List<Finding> forBinding(BindingRef ref) {
        return all.stream().filter(f -> f.bindingRefs().contains(ref)).toList();
    }

    /** The worst severity among the site's findings, or {@code null} when it has none. */
    public Severity worstForSite(int siteIndex) {
        return worst(forSite(siteIndex));
    }

    /** The worst severity among the binding's findings, or {@code null} when it has none. */
    public Severity worstForBinding(BindingRef ref) {
        return worst(forBinding(ref));
    }

    public int count(Severity severity) {
        return (int) all.stream().filter(f -> f.severity() == severity).count();
    }

    private static Severity worst(List<Finding> list) {
        Severity w = null;
        for (Finding f : list) {
            if (w == null || f.severity().ordinal() < w.ordinal()) {
                w = f.severity();
            }
        }
        return w;
    }
}
