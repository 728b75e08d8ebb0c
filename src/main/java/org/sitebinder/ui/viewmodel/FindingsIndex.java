package org.sitebinder.ui.viewmodel;

import java.util.List;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;

/**
 * The findings of one revision as the window reads them: per site and per binding, through the
 * engine's index of {@link Findings} (built once per revision, on first use).
 */
public final class FindingsIndex {
    public static final FindingsIndex EMPTY = new FindingsIndex(new Findings(List.of()));

    private final Findings findings;

    public FindingsIndex(Findings findings) {
        this.findings = findings;
    }

    public Findings findings() {
        return findings;
    }

    /** The worst severity of the site's findings, or {@code null}. */
    public Severity siteSeverity(int siteIndex) {
        return findings.worstForSite(siteIndex);
    }

    public int siteFindingCount(int siteIndex) {
        return findings.countForSite(siteIndex);
    }

    /** The findings naming this binding, in report order. */
    public List<Finding> forBinding(BindingRef ref) {
        return findings.forBinding(ref);
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
