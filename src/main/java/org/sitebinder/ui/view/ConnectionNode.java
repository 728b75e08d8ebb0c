package org.sitebinder.ui.view;

import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.SiteItem;

/**
 * What a node of the Connections tree stands for: a fixed node (server, Sites, SSL bindings,
 * Certificates) or one site.
 *
 * @param label the fixed node's text (unused for a site)
 * @param icon  the fixed node's icon kind
 * @param page  the page the node opens
 * @param site  the site, or {@code null}
 */
record ConnectionNode(String label, String icon, Page page, SiteItem site) {

    static ConnectionNode fixed(String label, String icon, Page page) {
        return new ConnectionNode(label, icon, page, null);
    }

    static ConnectionNode of(SiteItem site) {
        return new ConnectionNode("", "", Page.SITE, site);
    }
}
