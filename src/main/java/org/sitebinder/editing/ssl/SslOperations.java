package org.sitebinder.editing.ssl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.ImpactAnalyzer;

/**
 * The operations that touch http.sys SSL records, as pure functions of a document (RULES.md
 * section 4, KB 2405568). A record other sites still use is kept unless the caller explicitly asks
 * to remove it; a record only the deleted site or binding used goes with it. Records of other
 * programs (WinRM, SQL Server Reporting, ...) are never removed as a side effect.
 */
public final class SslOperations {
    private final ImpactAnalyzer analyzer;

    /** @param analyzer tells which sites a record serves; its answer decides which records stay */
    public SslOperations(ImpactAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** Operations with the engine's own impact analysis. */
    public SslOperations() {
        this(new ImpactAnalyzer());
    }

    /**
     * Points record {@code key} at another certificate, for every site it serves.
     *
     * @param newThumbprint SHA-1 thumbprint in any case, spaces allowed; stored as netsh prints it (lower-case hex)
     * @throws IllegalArgumentException when there is no such record or the thumbprint is not 40 hex digits
     */
    public SslEdit remapRecord(ServerDocument doc, SslRecordKey key, String newThumbprint) {
        String hash = thumbprint(newThumbprint);
        requireRecord(doc, key);
        int sites = siteCount(analyzer.remapRecord(doc, key).affected());
        List<SslRecord> records = new ArrayList<>();
        for (SslRecord r : doc.sslRecords()) {
            records.add(r.key().equals(key) ? r.withCertificateHash(hash) : r);
        }
        String label = "Change certificate of " + key + (sites == 0 ? "" : " for " + Words.sites(sites));
        return new SslEdit(doc.withSslRecords(records), label, List.of(), List.of());
    }

    /**
     * Gives one https binding a certificate of its own: turns on its SNI flag and points the
     * {@code host:port} record at {@code newThumbprint} (adding the record, or re-pointing it when it
     * exists). The records other sites use are left as they are.
     *
     * @throws IllegalArgumentException when the binding is not https, uses the Central Certificate
     *                                  Store, has no host name or no valid port, or the thumbprint is not 40 hex digits
     * @throws IllegalStateException    when the document does not know its SSL records
     */
    public SslEdit giveOwnSniRecord(ServerDocument doc, BindingRef ref, String newThumbprint) {
        String hash = thumbprint(newThumbprint);
        Site site = doc.sites().get(ref.site());
        Binding binding = site.bindings().get(ref.binding());
        if (!canHaveOwnSniRecord(binding)) {
            throw new IllegalArgumentException("binding " + binding.display() + " cannot have its own SNI record");
        }
        if (!doc.sslRecordsKnown()) {
            throw new IllegalStateException("the SSL records are not known");
        }
        BindingAddress a = binding.address();
        SslRecordKey key = SslRecordKey.hostnamePort(a.host(), a.port());
        List<SslRecord> records = new ArrayList<>();
        boolean replaced = false;
        for (SslRecord r : doc.sslRecords()) {
            if (r.key().equals(key)) {
                records.add(r.withCertificateHash(hash));
                replaced = true;
            } else {
                records.add(r);
            }
        }
        if (!replaced) {
            records.add(new SslRecord(key, hash, storeOf(doc, a), SslRecord.IIS_APP_ID));
        }
        Site next = site.withBinding(ref.binding(), binding.withSslFlags(binding.sslFlags() | Binding.SSL_SNI));
        String label = "Give '" + site.name() + "' its own certificate on " + key + " (SNI)";
        return new SslEdit(doc.withSite(ref.site(), next).withSslRecords(records), label, List.of(), List.of());
    }

    /** Whether {@link #giveOwnSniRecord} accepts the binding: https, not CCS, with a host name and a port. */
    public static boolean canHaveOwnSniRecord(Binding binding) {
        return binding.isHttps() && !binding.ccs() && binding.address().portValid() && !binding.address().host().isEmpty()
                && binding.address().hostValid();
    }

    /**
     * Deletes a site. The records only its bindings used go with it; records other sites still use
     * stay unless {@code removeSharedRecordsToo}.
     */
    public SslEdit deleteSite(ServerDocument doc, int siteIndex, boolean removeSharedRecordsToo) {
        Site site = doc.sites().get(siteIndex);
        List<RecordUse.Use> uses = RecordUse.of(doc, analyzer, ref -> ref.site() == siteIndex);
        return withoutRecords(doc.withoutSite(siteIndex), "Delete site '" + site.name() + "'", uses, removeSharedRecordsToo);
    }

    /**
     * Removes one binding. The records only it used go with it; records other bindings (of any site)
     * still use stay unless {@code removeSharedRecordsToo}.
     */
    public SslEdit removeBinding(ServerDocument doc, BindingRef ref, boolean removeSharedRecordsToo) {
        Site site = doc.sites().get(ref.site());
        Binding gone = site.bindings().get(ref.binding());
        Predicate<BindingRef> leaving = ref::equals;
        List<RecordUse.Use> uses = RecordUse.of(doc, analyzer, leaving);
        String label = "Remove binding " + gone.display() + " from '" + site.name() + "'";
        return withoutRecords(doc.withSite(ref.site(), site.withoutBinding(ref.binding())), label, uses, removeSharedRecordsToo);
    }

    /**
     * Removes record {@code key} (every line of the listing with that key), whoever uses it.
     *
     * @throws IllegalArgumentException when there is no such record
     */
    public SslEdit removeRecord(ServerDocument doc, SslRecordKey key) {
        requireRecord(doc, key);
        int sites = siteCount(analyzer.removeRecord(doc, key).affected());
        List<SslRecord> records = new ArrayList<>(doc.sslRecords());
        records.removeIf(r -> r.key().equals(key));
        String label = "Remove SSL record " + key + (sites == 0 ? "" : " used by " + Words.sites(sites));
        return new SslEdit(doc.withSslRecords(records), label, List.of(key), List.of());
    }

    /**
     * The record whose certificate an https binding's "SSL certificate" field shows and sets: its own
     * {@code host:port} record when it uses SNI, else its IP's record, else the fallback (RULES.md section 2).
     *
     * @return the record, or empty when none serves the binding (or records are unknown, or it uses CCS)
     */
    public Optional<SslRecordKey> recordFor(ServerDocument doc, BindingRef ref) {
        Binding b = doc.sites().get(ref.site()).bindings().get(ref.binding());
        if (b.ccs()) {
            return Optional.empty();
        }
        List<SslRecordKey> serving = new ArrayList<>();
        for (RecordUse.Use use : RecordUse.of(doc, analyzer, ref::equals)) {
            serving.add(use.key());
        }
        BindingAddress a = b.address();
        List<SslRecordKey> preferred = new ArrayList<>();
        if (b.sni() && !a.host().isEmpty()) {
            preferred.add(SslRecordKey.hostnamePort(a.host(), a.port()));
        }
        if (a.ip() != null && !a.ip().isAny()) {
            preferred.add(SslRecordKey.ipPort(a.ip().canonical(), a.port()));
        }
        preferred.add(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, a.port()));
        preferred.add(SslRecordKey.ipPort(SslRecordKey.IPV6_ANY, a.port()));
        for (SslRecordKey key : preferred) {
            if (serving.contains(key)) {
                return Optional.of(key);
            }
        }
        return serving.stream().findFirst();
    }

    /**
     * Sets the certificate of an https binding as IIS Manager's Edit Binding dialog does: re-points the
     * record that serves it ({@link #recordFor}; every site on that record changes too, so ask first with
     * the shared-endpoint dialog), or, when no record serves it, adds the record it needs: {@code host:port}
     * for SNI, {@code IP:port} on a specific address, {@code 0.0.0.0:port} on All Unassigned.
     *
     * @throws IllegalArgumentException when the binding is not https, uses CCS, has no valid address, or the
     *                                  thumbprint is not 40 hex digits
     * @throws IllegalStateException    when the document does not know its SSL records
     */
    public SslEdit assignCertificate(ServerDocument doc, BindingRef ref, String newThumbprint) {
        String hash = thumbprint(newThumbprint);
        Site site = doc.sites().get(ref.site());
        Binding b = site.bindings().get(ref.binding());
        BindingAddress a = b.address();
        if (!b.isHttps() || b.ccs() || !a.portValid() || a.ip() == null || (b.sni() && a.host().isEmpty())) {
            throw new IllegalArgumentException("binding " + b.display() + " cannot hold a certificate record");
        }
        if (!doc.sslRecordsKnown()) {
            throw new IllegalStateException("the SSL records are not known");
        }
        Optional<SslRecordKey> serving = recordFor(doc, ref);
        if (serving.isPresent()) {
            return remapRecord(doc, serving.get(), hash);
        }
        SslRecordKey key = b.sni() ? SslRecordKey.hostnamePort(a.host(), a.port())
                : a.ip().isAny() ? SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, a.port())
                : SslRecordKey.ipPort(a.ip().canonical(), a.port());
        List<SslRecord> records = new ArrayList<>(doc.sslRecords());
        records.add(new SslRecord(key, hash, storeOf(doc, a), SslRecord.IIS_APP_ID));
        return new SslEdit(doc.withSslRecords(records), "Add SSL record " + key + " for '" + site.name() + "'",
                List.of(), List.of());
    }

    /**
     * Adds imported certificates to the document, so records can point at them and the name checks
     * see them. A certificate the document already knows (same thumbprint) is replaced by the imported one.
     *
     * @throws IllegalArgumentException when {@code imported} is empty
     */
    public SslEdit addCertificates(ServerDocument doc, List<Certificate> imported) {
        if (imported.isEmpty()) {
            throw new IllegalArgumentException("no certificate to add");
        }
        Set<String> incoming = new HashSet<>();
        imported.forEach(c -> incoming.add(c.thumbprintKey()));
        List<Certificate> certs = new ArrayList<>();
        for (Certificate c : doc.certificates()) {
            if (!incoming.contains(c.thumbprintKey())) {
                certs.add(c);
            }
        }
        certs.addAll(imported);
        Certificate first = imported.get(0);
        String name = first.commonName().isEmpty() ? first.thumbprint() : first.commonName();
        String label = imported.size() == 1 ? "Import certificate " + name : "Import " + imported.size() + " certificates";
        return new SslEdit(doc.withCertificates(certs), label, List.of(), List.of());
    }

    private static SslEdit withoutRecords(ServerDocument next, String label, List<RecordUse.Use> uses, boolean removeShared) {
        List<SslRecordKey> removed = new ArrayList<>();
        List<SslRecordKey> kept = new ArrayList<>();
        for (RecordUse.Use use : uses) {
            boolean remove = use.usedByOthers() ? removeShared : use.ownedByIis();
            (remove ? removed : kept).add(use.key());
        }
        if (removed.isEmpty()) {
            return new SslEdit(next, label, removed, kept);
        }
        Set<SslRecordKey> gone = new HashSet<>(removed);
        List<SslRecord> records = new ArrayList<>(next.sslRecords());
        records.removeIf(r -> gone.contains(r.key()));
        String withRecords = label + " and SSL record" + (removed.size() == 1 ? " " : "s ") + Words.join(removed);
        return new SslEdit(next.withSslRecords(records), withRecords, removed, kept);
    }

    private static void requireRecord(ServerDocument doc, SslRecordKey key) {
        if (doc.sslRecords().stream().noneMatch(r -> r.key().equals(key))) {
            throw new IllegalArgumentException("no SSL record " + key);
        }
    }

    /** The store of the IP record that serves the binding now: a new host record keeps the certificate's store. */
    private static String storeOf(ServerDocument doc, BindingAddress a) {
        SslRecordKey own = a.ip() == null || a.ip().isAny() ? null : SslRecordKey.ipPort(a.ip().canonical(), a.port());
        SslRecordKey any = SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, a.port());
        String fallback = "MY";
        for (SslRecord r : doc.sslRecords()) {
            boolean usable = !r.storeName().isEmpty() && !"(null)".equals(r.storeName());
            if (usable && r.key().equals(own)) {
                return r.storeName();
            }
            if (usable && r.key().equals(any)) {
                fallback = r.storeName();
            }
        }
        return fallback;
    }

    private static String thumbprint(String text) {
        String hash = Certificate.normaliseThumbprint(text);
        if (!hash.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("not a SHA-1 thumbprint: " + text);
        }
        return hash;
    }

    private static int siteCount(List<Affected> affected) {
        Set<Integer> sites = new HashSet<>();
        for (Affected a : affected) {
            sites.add(a.siteIndex());
        }
        return sites.size();
    }
}
