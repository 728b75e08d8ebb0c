package org.sitebinder.editing.ssl;

import java.util.List;
import java.util.stream.Collectors;

/** Counts and lists in the words of the Edit menu. */
final class Words {
    private Words() {
    }

    /** "1 site", "3 sites". */
    static String sites(int n) {
        return n + (n == 1 ? " site" : " sites");
    }

    static String join(List<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
