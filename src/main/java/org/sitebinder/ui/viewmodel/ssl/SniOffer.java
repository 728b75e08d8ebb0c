package org.sitebinder.ui.viewmodel.ssl;

import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.ssl.SslOperations;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.ImpactAnalyzer;

/**
 * Whether "Use SNI for this binding" is a real way out: the binding has a host name, the SSL table is
 * known, the shared record is not already that host's record, and an existing {@code host:port}
 * record serves no other site (else SNI would just move the problem there).
 */
final class SniOffer {
    private SniOffer() {
    }

    static boolean offered(ServerDocument doc, SslRecordKey shared, BindingRef ref) {
        if (ref == null || !doc.sslRecordsKnown()) {
            return false;
        }
        Binding b = doc.sites().get(ref.site()).bindings().get(ref.binding());
        if (!SslOperations.canHaveOwnSniRecord(b)) {
            return false;
        }
        SslRecordKey own = SslRecordKey.hostnamePort(b.address().host(), b.address().port());
        if (own.equals(shared)) {
            return false;
        }
        for (Affected a : new ImpactAnalyzer().remapRecord(doc, own).affected()) {
            if (a.siteIndex() != ref.site()) {
                return false;
            }
        }
        return true;
    }
}
