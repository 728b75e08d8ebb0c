package org.sitebinder.ui.viewmodel;

import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Code;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Severity;

/** One line of the Findings panel. */
public record FindingRow(Finding finding) {

    public Severity severity() {
        return finding.severity();
    }

    /** {@code error}, {@code warning} or {@code info}. */
    public String level() {
        return finding.severity().label();
    }

    public Code code() {
        return finding.code();
    }

    /** The rule code as the CLI prints it ({@code DUPLICATE_BINDING}). */
    public String codeText() {
        return finding.code().name();
    }

    public String message() {
        return finding.message();
    }

    public String sites() {
        return String.join(", ", finding.sites());
    }

    public String endpoint() {
        return finding.endpoint() == null ? "" : finding.endpoint();
    }

    /** The site to show when the row is opened, or -1. */
    public int firstSite() {
        if (!finding.bindingRefs().isEmpty()) {
            return finding.bindingRefs().get(0).site();
        }
        return finding.siteIndexes().isEmpty() ? -1 : finding.siteIndexes().get(0);
    }

    /** The binding to select when the row is opened, or {@code null}. */
    public BindingRef firstBinding() {
        return finding.bindingRefs().isEmpty() ? null : finding.bindingRefs().get(0);
    }
}
