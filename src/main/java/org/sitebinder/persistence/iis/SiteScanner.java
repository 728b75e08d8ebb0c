package org.sitebinder.persistence.iis;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.Site;

/**
 * One pass over the events of an applicationHost.config, picking out the sites. Works on depths, not
 * on a tree, so a 25 MB file is never held in memory: a site's bindings are the {@code <binding>}
 * children of its {@code <bindings>}, its pool and path those of its {@code <application path="/">}.
 */
final class SiteScanner {

    /** No attribute IIS writes comes near this; a longer one is an attack on memory. */
    static final int MAX_VALUE_LENGTH = 1 << 16;

    private final XMLStreamReader xml;
    private final StringPool strings = new StringPool();
    private final SiteDrafts drafts = new SiteDrafts();

    private int depth;
    private SiteDraft site;

    SiteScanner(XMLStreamReader xml) {
        this.xml = xml;
    }

    List<Site> scan() throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.DTD -> throw ApplicationHostReader.refused(xml,
                        "DOCTYPE is not allowed (applicationHost.config has none; DTDs and entities are refused)");
                default -> {
                    // text, comments, processing instructions: nothing a site is made of
                }
            }
        }
        return drafts.sites();
    }

    private void start() throws XMLStreamException {
        depth++;
        if (depth > SecureXml.MAX_DEPTH) {
            throw ApplicationHostReader.refused(xml, "elements nested deeper than " + SecureXml.MAX_DEPTH);
        }
        if (xml.getAttributeCount() > SecureXml.MAX_ATTRIBUTES) {
            throw ApplicationHostReader.refused(xml, "more than " + SecureXml.MAX_ATTRIBUTES + " attributes on one element");
        }
        String name = xml.getLocalName();
        if (site == null) {
            outsideSite(name);
        } else if (depth == site.depth + 1) {
            siteChild(name);
        } else if (depth == site.depth + 2) {
            siteGrandchild(name);
        }
    }

    private void outsideSite(String name) throws XMLStreamException {
        switch (name) {
            case "site" -> startSite();
            case "sites" -> drafts.openSites(depth);
            case "applicationDefaults" -> {
                if (drafts.isDefaultsOfInnermostSites(depth)) {
                    String pool = attribute("applicationPool");
                    if (pool != null) {
                        drafts.setDefaultPool(strings.of(pool));
                    }
                }
            }
            default -> {
                // configuration, system.applicationHost, location, ...: containers, or nothing of ours
            }
        }
    }

    private void startSite() throws XMLStreamException {
        site = new SiteDraft(depth);
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String attribute = attributeName(i);
            String value = value(i);
            switch (attribute) {
                case "name" -> site.name = value;
                case "id" -> {
                    site.id = parseId(value);
                    if (site.id == null) {
                        site.extra(attribute, value);
                    }
                }
                case "serverAutoStart" -> site.autoStart = !"false".equalsIgnoreCase(value.trim());
                default -> site.extra(attribute, value);
            }
        }
    }

    private void siteChild(String name) throws XMLStreamException {
        switch (name) {
            case "bindings" -> site.bindingsDepth = depth;
            case "application" -> {
                if (!site.rootAppSeen && "/".equals(attribute("path"))) {
                    site.rootAppSeen = true;
                    site.rootAppDepth = depth;
                    String pool = attribute("applicationPool");
                    if (pool != null) {
                        site.rootPool = strings.of(pool);
                    }
                }
            }
            case "applicationDefaults" -> {
                String pool = attribute("applicationPool");
                if (pool != null) {
                    site.siteDefaultPool = strings.of(pool);
                }
            }
            default -> {
                // limits, logFile, ftpServer, traceFailedRequestsLogging, ...
            }
        }
    }

    private void siteGrandchild(String name) throws XMLStreamException {
        if (site.bindingsDepth == depth - 1 && "binding".equals(name)) {
            site.bindings.add(binding());
        } else if (site.rootAppDepth == depth - 1 && site.physicalPath == null && "virtualDirectory".equals(name)
                && "/".equals(attribute("path"))) {
            String path = attribute("physicalPath");
            site.physicalPath = path == null ? "" : path;
        }
    }

    private Binding binding() throws XMLStreamException {
        String protocol = "";
        String information = "";
        int flags = 0;
        Map<String, Object> extras = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String attribute = attributeName(i);
            String value = value(i);
            switch (attribute) {
                case "protocol" -> protocol = strings.of(value);
                case "bindingInformation" -> information = value;
                case "sslFlags" -> {
                    flags = SslFlags.parse(value);
                    if (flags == SslFlags.UNPARSEABLE) {
                        flags = 0;
                        extras = SiteDraft.withExtra(extras, attribute, value);
                    }
                }
                default -> extras = SiteDraft.withExtra(extras, attribute, value);
            }
        }
        return new Binding(protocol, information, flags, null, extras == null ? Extras.NONE : Extras.of(extras));
    }

    private void end() {
        if (site == null) {
            drafts.close(depth);
        } else if (site.end(depth)) {
            drafts.add(site);
            site = null;
        }
        depth--;
    }


    private String attribute(String wanted) throws XMLStreamException {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (wanted.equals(attributeName(i))) {
                return value(i);
            }
        }
        return null;
    }

    private String attributeName(int i) {
        String prefix = xml.getAttributePrefix(i);
        String local = xml.getAttributeLocalName(i);
        return prefix == null || prefix.isEmpty() ? local : strings.of(prefix + ":" + local);
    }

    private String value(int i) throws XMLStreamException {
        String value = xml.getAttributeValue(i);
        if (value.length() > MAX_VALUE_LENGTH) {
            throw ApplicationHostReader.refused(xml, "attribute '" + attributeName(i) + "' is longer than "
                    + MAX_VALUE_LENGTH + " characters");
        }
        return value;
    }

    static Long parseId(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 18) {
            return null;
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
