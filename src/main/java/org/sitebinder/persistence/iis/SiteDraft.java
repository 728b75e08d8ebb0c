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
    /** Depth of the {@code <site>} element itself (the root is 1). */
    final int depth;
    /** Depth of the open {@code <bindings>} child, or -1. */
    int bindingsDepth = -1;
    /** Depth of the open root {@code <application path="/">}, or -1. */
    int rootAppDepth = -1;
    /** A root application was met: only the first one counts. */
    boolean rootAppSeen;
    String name;
    String idText;
    Long id;
    boolean autoStart = true;
    String rootPool;
    String siteDefaultPool;
    String physicalPath;
    final List<Binding> bindings = new ArrayList<>(2);
    Map<String, Object> extras;

    SiteDraft(int depth) {
        this.depth = depth;
    }

    void extra(String attribute, String value) {
        extras = withExtra(extras, attribute, value);
    }

    /** An attribute the model does not know, kept in {@code extras} (made on first use; the first value of a name wins). */
    static Map<String, Object> withExtra(Map<String, Object> extras, String attribute, String value) {
        Map<String, Object> map = extras == null ? new LinkedHashMap<>() : extras;
        map.putIfAbsent(attribute, value);
        return map;
    }

    /**
     * The element at {@code at} ends inside this site: forgets the bindings or root application it
     * closes. True when it is the site itself.
     */
    boolean end(int at) {
        if (at == depth) {
            return true;
        }
        if (at == bindingsDepth) {
            bindingsDepth = -1;
        } else if (at == rootAppDepth) {
            rootAppDepth = -1;
        }
        return false;
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
