package org.sitebinder.persistence.iis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.Site;

/**
 * {@link SiteScanner}'s site logic on the elements {@link Utf8SiteScanner} reports: the same depths,
 * the same fallbacks for pool and path, the same Extras, with element names matched on their bytes.
 */
final class Utf8SiteAssembler {

    static final int OTHER = 0;
    static final int SITE = 1;
    static final int SITES = 2;
    static final int APPLICATION_DEFAULTS = 3;
    static final int BINDINGS = 4;
    static final int APPLICATION = 5;
    static final int BINDING = 6;
    static final int VIRTUAL_DIRECTORY = 7;

    private final Utf8Attributes attributes;
    private final SiteDrafts drafts = new SiteDrafts();
    /** Open {@code <sites>} elements: depth and first site of each. */
    private SiteDraft site;
    private int siteDepth;
    private int bindingsDepth = -1;
    private int rootAppDepth = -1;
    private boolean rootAppSeen;

    Utf8SiteAssembler(Utf8Attributes attributes) {
        this.attributes = attributes;
    }

    /** An element of that kind starts at that depth (the root is 1); its attributes are in {@link #attributes}. */
    void open(int depth, int kind) throws Utf8SiteScanner.Declined {
        if (site == null) {
            outsideSite(depth, kind);
        } else if (depth == siteDepth + 1) {
            siteChild(depth, kind);
        } else if (depth == siteDepth + 2) {
            siteGrandchild(depth, kind);
        }
    }

    /** The element at that depth ends. */
    void close(int depth) {
        if (site != null) {
            if (depth == siteDepth) {
                drafts.add(site);
                site = null;
            } else if (depth == bindingsDepth) {
                bindingsDepth = -1;
            } else if (depth == rootAppDepth) {
                rootAppDepth = -1;
            }
        } else {
            drafts.close(depth);
        }
    }

    List<Site> sites() {
        return drafts.sites();
    }

    private void outsideSite(int depth, int kind) throws Utf8SiteScanner.Declined {
        if (kind == SITE) {
            startSite(depth);
        } else if (kind == SITES) {
            drafts.openSites(depth);
        } else if (kind == APPLICATION_DEFAULTS && drafts.isDefaultsOfInnermostSites(depth)) {
            int a = attributes.find("applicationPool");
            if (a >= 0) {
                drafts.setDefaultPool(attributes.pooled(a));
            }
        }
    }

    private void startSite(int depth) throws Utf8SiteScanner.Declined {
        site = new SiteDraft();
        siteDepth = depth;
        bindingsDepth = -1;
        rootAppDepth = -1;
        rootAppSeen = false;
        for (int a = 0, n = attributes.count(); a < n; a++) {
            long number = attributes.plainNumber(a, 18);
            if (number >= 0 && attributes.is(a, "id")) {
                // the usual id="42", read without a String; anything else the way SiteScanner reads it
                site.id = number;
                continue;
            }
            String value = attributes.value(a);
            if (attributes.is(a, "name")) {
                site.name = value;
            } else if (attributes.is(a, "id")) {
                site.id = SiteScanner.parseId(value);
                if (site.id == null) {
                    site.extra(attributes.name(a), value);
                }
            } else if (attributes.is(a, "serverAutoStart")) {
                site.autoStart = !"false".equalsIgnoreCase(value.trim());
            } else {
                site.extra(attributes.name(a), value);
            }
        }
    }

    private void siteChild(int depth, int kind) throws Utf8SiteScanner.Declined {
        if (kind == BINDINGS) {
            bindingsDepth = depth;
        } else if (kind == APPLICATION) {
            if (!rootAppSeen && attributes.isSlash(attributes.find("path"))) {
                rootAppSeen = true;
                rootAppDepth = depth;
                int a = attributes.find("applicationPool");
                if (a >= 0) {
                    site.rootPool = attributes.pooled(a);
                }
            }
        } else if (kind == APPLICATION_DEFAULTS) {
            int a = attributes.find("applicationPool");
            if (a >= 0) {
                site.siteDefaultPool = attributes.pooled(a);
            }
        }
    }

    private void siteGrandchild(int depth, int kind) throws Utf8SiteScanner.Declined {
        if (bindingsDepth == depth - 1 && kind == BINDING) {
            site.bindings.add(binding());
        } else if (rootAppDepth == depth - 1 && site.physicalPath == null && kind == VIRTUAL_DIRECTORY
                && attributes.isSlash(attributes.find("path"))) {
            int a = attributes.find("physicalPath");
            site.physicalPath = a < 0 ? "" : attributes.value(a);
        }
    }

    private Binding binding() throws Utf8SiteScanner.Declined {
        String protocol = "";
        String information = "";
        int flags = 0;
        Map<String, Object> extras = null;
        for (int a = 0, n = attributes.count(); a < n; a++) {
            if (attributes.is(a, "protocol")) {
                protocol = attributes.pooled(a);
            } else if (attributes.is(a, "bindingInformation")) {
                information = attributes.value(a);
            } else if (attributes.is(a, "sslFlags") && attributes.plainNumber(a, 9) >= 0) {
                flags = (int) attributes.plainNumber(a, 9);
            } else if (attributes.is(a, "sslFlags")) {
                String value = attributes.value(a);
                flags = SslFlags.parse(value);
                if (flags == SslFlags.UNPARSEABLE) {
                    flags = 0;
                    extras = put(extras, attributes.name(a), value);
                }
            } else {
                extras = put(extras, attributes.name(a), attributes.value(a));
            }
        }
        return new Binding(protocol, information, flags, null, extras == null ? Extras.NONE : Extras.of(extras));
    }

    private static Map<String, Object> put(Map<String, Object> extras, String key, String value) {
        Map<String, Object> map = extras == null ? new LinkedHashMap<>() : extras;
        map.putIfAbsent(key, value);
        return map;
    }
}
