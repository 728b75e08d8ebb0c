package org.sitebinder.engine;

import java.util.List;

/** Small helpers for admin-facing sentences. */
final class Words {
    private static final int SHOWN = 5;

    private Words() {
    }

    /** {@code 'A'}, {@code 'A' and 'B'}, {@code 'A', 'B' and 'C'}; more than five end in "and N more". */
    static String quotedList(List<String> names) {
        int n = names.size();
        StringBuilder sb = new StringBuilder();
        int shown = n > SHOWN + 1 ? SHOWN : n;
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(i == n - 1 ? " and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        if (shown < n) {
            sb.append(" and ").append(n - shown).append(" more");
        }
        return sb.toString();
    }

    static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
