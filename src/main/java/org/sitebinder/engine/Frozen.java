package org.sitebinder.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Site;

/**
 * Immutable list views over arrays the engine made and never changes, so a {@link Finding} keeps
 * them without copying. A finding can name 76,000 bindings (a catch-all binding overlapping every
 * IP-specific one); its {@code protocol bindingInformation} texts and {@link BindingRef}s are made
 * when someone reads them, not kept for every binding of every finding.
 */
abstract class Frozen<E> extends AbstractList<E> implements RandomAccess {
    private final int size;

    private Frozen(int size) {
        this.size = size;
    }

    @Override
    public final int size() {
        return size;
    }

    /** {@code list} itself when the engine froze it, else an immutable copy. */
    static <E> List<E> keep(List<E> list) {
        return list instanceof Frozen<E> ? list : List.copyOf(list);
    }

    /** The array's elements; the caller gives up the array. */
    static List<String> texts(String[] texts) {
        return new Frozen<>(texts.length) {
            @Override
            public String get(int index) {
                return texts[index];
            }
        };
    }

    /** The array's elements, boxed on reading; the caller gives up the array. */
    static List<Integer> ints(int[] values) {
        return new Frozen<>(values.length) {
            @Override
            public Integer get(int index) {
                return values[index];
            }
        };
    }

    /** The packed refs (see {@link Refs}) as {@link BindingRef}s; the caller gives up the array. */
    static List<BindingRef> refs(long[] refs) {
        return new PackedRefs(refs);
    }

    /** The packed refs behind {@code list}, when it is a {@link #refs} view; else {@code null}. */
    static long[] packed(List<BindingRef> list) {
        return list instanceof PackedRefs p ? p.refs : null;
    }

    private static final class PackedRefs extends Frozen<BindingRef> {
        private final long[] refs;

        PackedRefs(long[] refs) {
            super(refs.length);
            this.refs = refs;
        }

        @Override
        public BindingRef get(int index) {
            return Refs.toBindingRef(refs[index]);
        }
    }

    /**
     * The {@link Binding#display()} of each ref's binding, read from the ref's site, which is
     * {@code sites[k]} where {@code siteIndexes[k]} is the ref's site position (both sorted). The
     * sites are the document's current ones: an edit of a site re-checks or {@linkplain
     * Displays#of refreshes} every group of its bindings, so a kept finding never holds a replaced
     * site. The caller gives up the arrays.
     */
    static Displays displays(Site[] sites, int[] siteIndexes, long[] refs) {
        return new Displays(sites, siteIndexes, refs);
    }

    static final class Displays extends Frozen<String> {
        private final Site[] sites;
        private final int[] siteIndexes;
        private final long[] refs;

        private Displays(Site[] sites, int[] siteIndexes, long[] refs) {
            super(refs.length);
            this.sites = sites;
            this.siteIndexes = siteIndexes;
            this.refs = refs;
        }

        @Override
        public String get(int index) {
            long ref = refs[index];
            Site site = sites[Arrays.binarySearch(siteIndexes, Refs.site(ref))];
            return site.bindings().get(Refs.binding(ref)).display();
        }

        /**
         * The same bindings read from {@code current}'s sites, for a group whose members an edit
         * left where they were: only the sites in {@code changed} are looked up again.
         */
        Displays of(List<Site> current, BitSet changed) {
            Site[] now = sites.clone();
            for (int k = 0; k < siteIndexes.length; k++) {
                if (changed.get(siteIndexes[k])) {
                    now[k] = current.get(siteIndexes[k]);
                }
            }
            return new Displays(now, siteIndexes, refs);
        }
    }
}
