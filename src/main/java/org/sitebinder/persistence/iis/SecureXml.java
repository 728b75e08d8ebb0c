package org.sitebinder.persistence.iis;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way this package makes a StAX factory: the JDK's own implementation (whatever else is on the
 * class path), no DTDs, no external entities, and bounded sizes, so hostile XML costs milliseconds.
 */
final class SecureXml {

    /** Deeper than any real applicationHost.config (rewrite rules nest about a dozen levels). */
    static final int MAX_DEPTH = 256;
    /** IIS elements carry a handful of attributes; thousands only come from a generator. */
    static final int MAX_ATTRIBUTES = 1000;

    private SecureXml() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Undeclared prefixes (xdt:Transform in a cut-out fragment) are still well-formed XML 1.0.
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new javax.xml.stream.XMLStreamException("external entities are refused: " + systemId);
        });
        limit(f, "jdk.xml.entityExpansionLimit", 1);
        limit(f, "jdk.xml.entityReplacementLimit", 1_000);
        limit(f, "jdk.xml.maxGeneralEntitySizeLimit", 1_024);
        limit(f, "jdk.xml.maxParameterEntitySizeLimit", 1_024);
        limit(f, "jdk.xml.totalEntitySizeLimit", 4_096);
        // one above our own counters, so that the reader's clearer message is the one seen
        limit(f, "jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES + 1);
        limit(f, "jdk.xml.maxElementDepth", MAX_DEPTH + 1);
        limit(f, "jdk.xml.maxXMLNameLimit", 1_000);
        return f;
    }

    private static void limit(XMLInputFactory f, String property, int value) {
        try {
            f.setProperty(property, Integer.toString(value));
        } catch (IllegalArgumentException unsupported) {
            // Another JDK may not know the property; the reader's own counters still bound depth and attributes.
        }
    }
}
