package org.sitebinder.engine;

/**
 * A binding position packed into one {@code long} (site in the high half, binding in the low half),
 * so buckets hold primitives and sort into document order for free.
 */
final class Refs {
    private Refs() {
    }

    static long of(int site, int binding) {
        return ((long) site << 32) | (binding & 0xffffffffL);
    }

    static int site(long ref) {
        return (int) (ref >>> 32);
    }

    static int binding(long ref) {
        return (int) ref;
    }

    static BindingRef toBindingRef(long ref) {
        return new BindingRef(site(ref), binding(ref));
    }

    static long of(BindingRef ref) {
        return of(ref.site(), ref.binding());
    }
}
