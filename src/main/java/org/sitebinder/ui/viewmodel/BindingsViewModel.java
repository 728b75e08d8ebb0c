package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.engine.BindingRef;

/** The Bindings table of the selected site. */
public final class BindingsViewModel {
    private final ObservableList<BindingRow> rows = FXCollections.observableArrayList();
    /** Indexes every record and certificate: built again only when the document's records or certificates change. */
    private CertificateLookup certs;

    void refresh(ServerDocument doc, FindingsIndex findings, int siteIndex) {
        if (siteIndex < 0 || siteIndex >= doc.sites().size()) {
            rows.clear();
            return;
        }
        Site site = doc.sites().get(siteIndex);
        if (certs == null || !certs.covers(doc)) {
            certs = new CertificateLookup(doc);
        }
        List<BindingRow> fresh = new ArrayList<>(site.bindings().size());
        for (int i = 0; i < site.bindings().size(); i++) {
            BindingRef ref = new BindingRef(siteIndex, i);
            Binding b = site.bindings().get(i);
            fresh.add(new BindingRow(ref, b, certs.label(b), findings.forBinding(ref)));
        }
        rows.setAll(fresh);
    }

    public ObservableList<BindingRow> rows() {
        return rows;
    }
}
