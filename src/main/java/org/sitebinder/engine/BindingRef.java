package org.sitebinder.engine;

/**
 * Points at one binding of a document by position: site index in {@link org.sitebinder.domain.ServerDocument#sites()}
 * and binding index in that site's bindings. Positions, not names, because two sites may share a name.
 */
public record BindingRef(int site, int binding) {
}
