package org.sitebinder.engine;

import java.util.List;

/** Small helpers for admin-facing sentences. */
final class Words {
    /** How many names a list shows before "and N more". */
    static final int SHOWN = 5;

    private Words() {
    }

    /** {@code 'A'}, {@code 'A' and 'B'}, {@code 'A', 'B' and 'C'}; more than five end in "and N more". */
    static String quotedList(List<String> names) {
        return list(names, names.size(), true);
    }

    /** {@link #quotedList} of {@code total} names of which {@code first} holds the first {@link #SHOWN} + 1 or all. */
    static String quotedList(List<String> first, int total) {
        return list(first, total, true);
    }

    /**
     * {@link #quotedList} without the quotes, of {@code total} items of which {@code first} holds the
     * first {@link #SHOWN} + 1 or all: {@code A, B and C}; more than five end in "and N more".
     */
    static String shortList(List<String> first, int total) {
        return list(first, total, false);
    }

    private static String list(List<String> names, int n, boolean quoted) {
        StringBuilder sb = new StringBuilder();
        int shown = n > SHOWN + 1 ? SHOWN : n;
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(i == n - 1 ? " and " : ", ");
            }
            if (quoted) {
                sb.append('\'').append(names.get(i)).append('\'');
            } else {
                sb.append(names.get(i));
            }
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
