package org.sitebinder.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A finding with what orders it: errors, warnings, info; code alphabetically; first site in document
 * order; then {@code tie} (an orphan's listing position), and finally every remaining field, so the
 * order is total and an incremental update sorts exactly as a full check.
 */
record Ranked(Finding finding, int tie, int firstSite) {
    private static final int[] CODE_RANK = codeRanks();

    static final Comparator<Ranked> ORDER = Ranked::compare;

    Ranked(Finding finding, int tie) {
        this(finding, tie, firstSite(finding));
    }

    private static int[] codeRanks() {
        Code[] codes = Code.values().clone();
        Arrays.sort(codes, Comparator.comparing(Code::severity).thenComparing(Code::name));
        int[] rank = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            rank[codes[i].ordinal()] = i;
        }
        return rank;
    }

    private static int compare(Ranked x, Ranked y) {
        if (x == y) {
            return 0; // an update finds the finding it drops; its refs can number tens of thousands
        }
        Finding a = x.finding;
        Finding b = y.finding;
        int c = Integer.compare(CODE_RANK[a.code().ordinal()], CODE_RANK[b.code().ordinal()]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x.firstSite, y.firstSite);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x.tie, y.tie);
        if (c != 0) {
            return c;
        }
        c = compareRefs(a.bindingRefs(), b.bindingRefs());
        if (c != 0) {
            return c;
        }
        c = compareNullable(a.endpoint(), b.endpoint());
        if (c != 0) {
            return c;
        }
        c = a.message().compareTo(b.message());
        if (c != 0) {
            return c;
        }
        return compareInts(a.siteIndexes(), b.siteIndexes());
    }

    private static int firstSite(Finding f) {
        return f.siteIndexes().isEmpty() ? Integer.MAX_VALUE : f.siteIndexes().get(0);
    }

    private static int compareRefs(List<BindingRef> a, List<BindingRef> b) {
        long[] packedA = Frozen.packed(a);
        long[] packedB = Frozen.packed(b);
        if (packedA != null && packedB != null) {
            return Arrays.compare(packedA, packedB);
        }
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = Long.compare(Refs.of(a.get(i)), Refs.of(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareInts(List<Integer> a, List<Integer> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareNullable(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
