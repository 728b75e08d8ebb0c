package org.sitebinder.ui.viewmodel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;

/** The server node, and its "SSL bindings" and "Certificates" pages. */
public final class ServerViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** One http.sys SSL record as text. */
    public record SslRecordRow(String key, String kind, String certificate, String store, String application) {
    }

    /** One certificate as text. */
    public record CertificateRow(String name, String thumbprint, String sans, String issuer, String expires) {
    }

    private final StringProperty serverName = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<SslRecordRow> records = FXCollections.observableArrayList();
    private final ObservableList<CertificateRow> certificates = FXCollections.observableArrayList();

    void refreshName(ServerDocument doc) {
        serverName.set(doc.serverName().isEmpty() ? "(server)" : doc.serverName());
    }

    void refresh(ServerDocument doc, FindingsIndex findings) {
        refreshName(doc);
        long bindings = doc.sites().stream().mapToLong(s -> s.bindings().size()).sum();
        summary.set(doc.sites().size() + " sites, " + bindings + " bindings, "
                + (doc.sslRecordsKnown() ? doc.sslRecords().size() + " SSL records" : "SSL records unknown (open a netsh listing)")
                + ", " + doc.certificates().size() + " certificates. "
                + FindingsViewModel.countsText(findings.findings()) + ".");
        records.setAll(doc.sslRecords().stream().map(ServerViewModel::row).toList());
        certificates.setAll(doc.certificates().stream().map(ServerViewModel::row).toList());
    }

    private static SslRecordRow row(SslRecord r) {
        String kind = switch (r.key().kind()) {
            case IP_PORT -> "IP:port";
            case HOSTNAME_PORT -> "Hostname:port";
            case CCS -> "Central Certificate Store";
        };
        String app = SslRecord.IIS_APP_ID.equalsIgnoreCase(r.applicationId()) ? "IIS"
                : SslRecord.IIS_EXPRESS_APP_ID.equalsIgnoreCase(r.applicationId()) ? "IIS Express" : r.applicationId();
        return new SslRecordRow(r.key().toString(), kind, r.certificateHash(), r.storeName(), app);
    }

    private static CertificateRow row(Certificate c) {
        String name = c.commonName().isEmpty() ? c.subject() : c.commonName();
        return new CertificateRow(name, c.thumbprint(), String.join(", ", c.sans()), c.issuer(),
                c.notAfter() == null ? "" : DATE.format(c.notAfter()));
    }

    public ReadOnlyStringProperty serverNameProperty() {
        return serverName;
    }

    /** "12 sites, 30 bindings, ..." for the server page. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<SslRecordRow> records() {
        return records;
    }

    public ObservableList<CertificateRow> certificates() {
        return certificates;
    }
}
