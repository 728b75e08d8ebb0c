package org.sitebinder.persistence.iis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;

/**
 * A {@code <site>} while it is being read. The pool can only be settled once the enclosing
 * {@code <sites>} ends, because {@code <applicationDefaults>} may follow the sites.
 */
final class SiteDraft {
    String name;
    String idText;
    Long id;
    boolean autoStart = true;
    String rootPool;
    String siteDefaultPool;
    String physicalPath;
    final List<Binding> bindings = new ArrayList<>(2);
    Map<String, Object> extras;

    void extra(String attribute, String value) {
        if (extras == null) {
            extras = new LinkedHashMap<>();
        }
        extras.putIfAbsent(attribute, value);
    }

    /** Fills the pool from {@code <sites><applicationDefaults>} unless the site has its own. */
    void inheritPool(String sitesDefault) {
        if (rootPool == null && siteDefaultPool == null && sitesDefault != null) {
            siteDefaultPool = sitesDefault;
        }
    }

    /** @param position 1-based position in the document, for naming a site with neither name nor id */
    Site build(int position) {
        String display = name;
        if (display == null || display.isEmpty()) {
            display = "(site " + (id != null ? id.toString() : Integer.toString(position)) + ")";
        }
        String pool = rootPool != null ? rootPool : siteDefaultPool;
        return new Site(id, display, physicalPath, pool, SiteState.STARTED, autoStart, bindings,
                extras == null ? Extras.NONE : Extras.of(extras));
    }
}
