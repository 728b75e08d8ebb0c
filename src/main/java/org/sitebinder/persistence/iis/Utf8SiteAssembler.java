package org.sitebinder.persistence.iis;

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
    /** The {@code <site>} being read, or null outside one. */
    private SiteDraft site;

    Utf8SiteAssembler(Utf8Attributes attributes) {
        this.attributes = attributes;
    }

    /** An element of that kind starts at that depth (the root is 1); its attributes are in {@link #attributes}. */
    void open(int depth, int kind) throws Utf8SiteScanner.Declined {
        if (site == null) {
            outsideSite(depth, kind);
        } else if (depth == site.depth + 1) {
            siteChild(depth, kind);
        } else if (depth == site.depth + 2) {
            siteGrandchild(depth, kind);
        }
    }

    /** The element at that depth ends. */
    void close(int depth) {
        if (site == null) {
            drafts.close(depth);
        } else if (site.end(depth)) {
            drafts.add(site);
            site = null;
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
        site = new SiteDraft(depth);
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
            site.bindingsDepth = depth;
        } else if (kind == APPLICATION) {
            if (!site.rootAppSeen && attributes.isSlash(attributes.find("path"))) {
                site.rootAppSeen = true;
                site.rootAppDepth = depth;
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
        if (site.bindingsDepth == depth - 1 && kind == BINDING) {
            site.bindings.add(binding());
        } else if (site.rootAppDepth == depth - 1 && site.physicalPath == null && kind == VIRTUAL_DIRECTORY
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
                    extras = SiteDraft.withExtra(extras, attributes.name(a), value);
                }
            } else {
                extras = SiteDraft.withExtra(extras, attributes.name(a), attributes.value(a));
            }
        }
        return new Binding(protocol, information, flags, null, extras == null ? Extras.NONE : Extras.of(extras));
    }

}
