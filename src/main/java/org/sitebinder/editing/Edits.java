package org.sitebinder.editing;

import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.engine.BindingRef;

/**
 * The edits an admin makes, each as a {@link Command} computed from the current document. Only the
 * touched site gets a new value; the others stay the same objects, which lets the incremental
 * checker see what changed by identity.
 */
public final class Edits {

    private Edits() {
    }

    /** The site properties the Site page edits; each edit of one field of one site merges with the next. */
    public enum SiteField { NAME, ID, PHYSICAL_PATH, APPLICATION_POOL, AUTO_START }

    /** Appends a site. */
    public static Command addSite(ServerDocument doc, Site site) {
        return change("Add site '" + site.name() + "'", doc, doc.withAddedSite(site), null);
    }

    /** Removes the site at {@code siteIndex}; the sites after it move up one position. */
    public static Command deleteSite(ServerDocument doc, int siteIndex) {
        Site site = doc.sites().get(siteIndex);
        return change("Delete site '" + site.name() + "'", doc, doc.withoutSite(siteIndex), null);
    }

    /**
     * Sets one property of a site. {@code value} is a String for NAME, PHYSICAL_PATH and
     * APPLICATION_POOL, a Long (or {@code null}) for ID and a Boolean for AUTO_START.
     */
    public static Command setSiteField(ServerDocument doc, int siteIndex, SiteField field, Object value) {
        Site site = doc.sites().get(siteIndex);
        Site next = switch (field) {
            case NAME -> site.withName((String) value);
            case ID -> site.withId((Long) value);
            case PHYSICAL_PATH -> site.withPhysicalPath((String) value);
            case APPLICATION_POOL -> site.withApplicationPool((String) value);
            case AUTO_START -> site.withAutoStart((Boolean) value);
        };
        String label = "Change " + fieldWords(field) + " of '" + site.name() + "'";
        return change(label, doc, doc.withSite(siteIndex, next), "site:" + siteIndex + ":" + field);
    }

    /** Starts or stops a site. */
    public static Command setState(ServerDocument doc, int siteIndex, SiteState state) {
        Site site = doc.sites().get(siteIndex);
        String verb = state == SiteState.STARTED ? "Start" : "Stop";
        return change(verb + " site '" + site.name() + "'", doc, doc.withSite(siteIndex, site.withState(state)), null);
    }

    /** Appends a binding to a site. */
    public static Command addBinding(ServerDocument doc, int siteIndex, Binding binding) {
        Site site = doc.sites().get(siteIndex);
        return change("Add binding " + binding.display() + " to '" + site.name() + "'", doc,
                doc.withSite(siteIndex, site.withAddedBinding(binding)), null);
    }

    /** Replaces one binding. Each OK of the binding dialog is its own undo step, so this never merges. */
    public static Command editBinding(ServerDocument doc, BindingRef ref, Binding binding) {
        Site site = doc.sites().get(ref.site());
        return change("Edit binding " + binding.display() + " of '" + site.name() + "'", doc,
                doc.withSite(ref.site(), site.withBinding(ref.binding(), binding)), null);
    }

    /** Removes one binding of a site. */
    public static Command removeBinding(ServerDocument doc, BindingRef ref) {
        Site site = doc.sites().get(ref.site());
        Binding gone = site.bindings().get(ref.binding());
        return change("Remove binding " + gone.display() + " from '" + site.name() + "'", doc,
                doc.withSite(ref.site(), site.withoutBinding(ref.binding())), null);
    }

    /** Adds an SSL record to the http.sys table (the caller checks its key is not taken). */
    public static Command addSslRecord(ServerDocument doc, SslRecord record) {
        List<SslRecord> records = new ArrayList<>(doc.sslRecords());
        records.add(record);
        return change("Add SSL record " + record.key(), doc, doc.withSslRecords(records), null);
    }

    /** Replaces the list of ports other services hold. */
    public static Command setReservedPorts(ServerDocument doc, List<ReservedPort> ports) {
        return change("Change reserved ports", doc, doc.withReservedPorts(ports), null);
    }

    private static Command change(String label, ServerDocument before, ServerDocument after, String key) {
        return new DocumentChange(label, before, after, key);
    }

    private static String fieldWords(SiteField field) {
        return switch (field) {
            case NAME -> "name";
            case ID -> "id";
            case PHYSICAL_PATH -> "physical path";
            case APPLICATION_POOL -> "application pool";
            case AUTO_START -> "auto-start";
        };
    }
}
