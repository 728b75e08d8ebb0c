package org.sitebinder.engine;

import java.util.List;

/**
 * One conflict group (RULES.md section 3): what breaks, for whom, and where.
 *
 * @param code        the rule
 * @param severity    the rule's severity
 * @param sites       site names in document order (empty for ORPHAN_SSL_CERT)
 * @param endpoint    {@code *:443}, {@code 0.0.0.0:443}, {@code shop.example:443}, ... or {@code null} (see RULES.md)
 * @param bindings    each as {@code protocol bindingInformation}, in document order
 * @param message     what breaks, for whom, and what to do, in an admin's words
 * @param siteIndexes positions of {@code sites} in the document
 * @param bindingRefs positions of {@code bindings} in the document
 */
public record Finding(Code code, Severity severity, List<String> sites, String endpoint, List<String> bindings,
                      String message, List<Integer> siteIndexes, List<BindingRef> bindingRefs) {

    public Finding {
        sites = Frozen.keep(sites);
        bindings = Frozen.keep(bindings);
        siteIndexes = Frozen.keep(siteIndexes);
        bindingRefs = Frozen.keep(bindingRefs);
    }
}
