package org.sitebinder.engine;

import java.util.List;

/**
 * What an operation would change for other sites: the contents of the shared-endpoint dialog and of
 * {@code impact}'s JSON.
 *
 * @param operation {@code delete-site}, {@code remove-binding}, {@code remap-ssl} or {@code remove-ssl}
 * @param target    the site name, {@code SITE PROTOCOL BINDINGINFO}, or the record key
 * @param affected  one entry per affected site and binding, in document order
 */
public record Impact(String operation, String target, List<Affected> affected) {
    public Impact {
        affected = List.copyOf(affected);
    }
}
