package org.sitebinder.ui.viewmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.ImpactAnalyzer;

/** The server node, and its "SSL bindings" and "Certificates" pages. */
public final class ServerViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Within this many days of expiry a certificate is shown as a warning. */
    static final Duration SOON = Duration.ofDays(30);

    /** One http.sys SSL record as text, with the sites it serves. */
    public record SslRecordRow(String key, String kind, String certificate, String store, String application, String sites) {
    }

    /**
     * One certificate as text.
     *
     * @param level {@code error} when expired, {@code warning} when it expires within 30 days, else empty
     */
    public record CertificateRow(String name, String thumbprint, String sans, String issuer, String expires, String level) {
    }

    private final Clock clock;
    private final ImpactAnalyzer impacts = new ImpactAnalyzer();

    private final StringProperty serverName = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<SslRecordRow> records = FXCollections.observableArrayList();
    private final ObservableList<CertificateRow> certificates = FXCollections.observableArrayList();
    /** The documents the record and certificate tables show: each page builds its own table when shown. */
    private ServerDocument recordsOf;
    private ServerDocument certificatesOf;

    ServerViewModel() {
        this(Clock.systemUTC());
    }

    /** @param clock the "now" that expiry is measured against */
    ServerViewModel(Clock clock) {
        this.clock = clock;
    }

    void refreshName(ServerDocument doc) {
        serverName.set(doc.serverName().isEmpty() ? "(server)" : doc.serverName());
    }

    /** @param opened whether a document has been read: before, the page says so instead of counting nothing */
    void refreshSummary(ServerDocument doc, FindingsIndex findings, boolean opened) {
        refreshName(doc);
        long bindings = doc.sites().stream().mapToLong(s -> s.bindings().size()).sum();
        summary.set(!opened ? "No document is open yet." : count(doc.sites().size(), "site") + ", " + count(bindings, "binding") + ", "
                + (doc.sslRecordsKnown() ? count(doc.sslRecords().size(), "SSL record") : "SSL records unknown (open a netsh listing)")
                + ", " + count(doc.certificates().size(), "certificate") + ". "
                + FindingsViewModel.countsText(findings.findings()) + ".");
    }

    /** The SSL bindings table, with the sites each record serves: built again only for another document. */
    void refreshRecords(ServerDocument doc) {
        if (doc == recordsOf) {
            return;
        }
        Map<SslRecordKey, List<String>> served = impacts.sitesByRecord(doc);
        records.setAll(doc.sslRecords().stream()
                .map(r -> row(r, String.join(", ", served.getOrDefault(r.key(), List.of())))).toList());
        recordsOf = doc;
    }

    /** The certificates table: built again only for another document. */
    void refreshCertificates(ServerDocument doc) {
        if (doc == certificatesOf) {
            return;
        }
        Instant now = clock.instant();
        certificates.setAll(doc.certificates().stream().map(c -> row(c, now)).toList());
        certificatesOf = doc;
    }

    /** {@code 1 site}, {@code 2 sites}. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static SslRecordRow row(SslRecord r, String sites) {
        String kind = switch (r.key().kind()) {
            case IP_PORT -> "IP:port";
            case HOSTNAME_PORT -> "Hostname:port";
            case CCS -> "CCS";
        };
        String app = SslRecord.IIS_APP_ID.equalsIgnoreCase(r.applicationId()) ? "IIS"
                : SslRecord.IIS_EXPRESS_APP_ID.equalsIgnoreCase(r.applicationId()) ? "IIS Express" : r.applicationId();
        return new SslRecordRow(r.key().toString(), kind, r.certificateHash(), r.storeName(), app, sites);
    }

    private static CertificateRow row(Certificate c, Instant now) {
        String name = c.commonName().isEmpty() ? c.subject() : c.commonName();
        return new CertificateRow(name, c.thumbprint(), String.join(", ", c.sans()), c.issuer(),
                c.notAfter() == null ? "" : DATE.format(c.notAfter()), expiryLevel(c.notAfter(), now));
    }

    static String expiryLevel(Instant notAfter, Instant now) {
        if (notAfter == null) {
            return "";
        }
        return notAfter.isBefore(now) ? "error" : notAfter.isBefore(now.plus(SOON)) ? "warning" : "";
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
