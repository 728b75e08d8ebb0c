package org.sitebinder.ui.viewmodel.ssl;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One affected site and binding in the shared-endpoint dialog's table. */
public final class SharedEndpointRow {
    private final String site;
    private final String binding;
    private final String record;
    private final String currentCertificate;
    private final ReadOnlyStringWrapper newCertificate = new ReadOnlyStringWrapper(this, "newCertificate", "");

    SharedEndpointRow(String site, String binding, String record, String currentCertificate) {
        this.site = site;
        this.binding = binding;
        this.record = record;
        this.currentCertificate = currentCertificate;
    }

    public String site() {
        return site;
    }

    /** {@code protocol bindingInformation}, as the findings write it. */
    public String binding() {
        return binding;
    }

    /** The record serving the binding, as netsh prints its key; empty when records are not known. */
    public String record() {
        return record;
    }

    public String currentCertificate() {
        return currentCertificate;
    }

    /** What the binding will present after the operation; changes with the remove-record-too box. */
    public ReadOnlyStringProperty newCertificateProperty() {
        return newCertificate.getReadOnlyProperty();
    }

    public String newCertificate() {
        return newCertificate.get();
    }

    void setNewCertificate(String text) {
        newCertificate.set(text);
    }
}
