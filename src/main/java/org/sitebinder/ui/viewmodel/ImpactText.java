package org.sitebinder.ui.viewmodel;

import java.util.function.Supplier;
import org.sitebinder.engine.Impact;

/**
 * The body of the shared-endpoint confirmation (RULES.md section 4): which other sites an SSL
 * certificate record serves, so that an admin never breaks them unknowingly (KB 2405568).
 */
final class ImpactText {

    private ImpactText() {
    }

    /** Whether the operation touches a record another site uses. */
    static boolean touchesOthers(Supplier<Impact> impact) {
        Impact i = safely(impact);
        return i != null && !i.affected().isEmpty();
    }

    static String describe(Supplier<Impact> impact) {
        Impact i = safely(impact);
        if (i == null || i.affected().isEmpty()) {
            return "No other site uses its SSL certificate records.";
        }
        StringBuilder sb = new StringBuilder("These sites share an SSL certificate record with it and keep using it:\n");
        i.affected().forEach(a -> sb.append("  • ").append(a.site()).append(": ").append(a.binding())
                .append(a.record() == null ? "" : " (record " + a.record() + ")").append('\n'));
        return sb.append("Sitebinder does not delete a record other sites still use.").toString();
    }

    private static Impact safely(Supplier<Impact> impact) {
        try {
            return impact.get();
        } catch (RuntimeException e) {
            // the dialog must still open when the analysis cannot be made; it then names no site
            return null;
        }
    }
}
