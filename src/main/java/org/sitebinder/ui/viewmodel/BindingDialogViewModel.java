package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.Command;
import org.sitebinder.editing.DocumentChange;
import org.sitebinder.editing.Edits;
import org.sitebinder.editing.ssl.SslEdit;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Code;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/**
 * The Add / Edit Site Binding dialog, as in IIS Manager. Every change checks the document as it
 * would be with the candidate binding (in the background) and puts that binding's findings on the
 * fields at fault, so a collision with another site shows before OK.
 */
public final class BindingDialogViewModel {
    public static final String ALL_UNASSIGNED = "All Unassigned";
    public static final String PORT_MESSAGE = "The server port number must be a positive integer between 1 and 65535";
    static final List<String> TYPES = List.of("http", "https", "ftp", "net.tcp", "net.pipe", "net.msmq", "msmq.formatname");

    private final Workspace workspace;
    private final Prompts prompts;
    private final ServerDocument base;
    private final int siteIndex;
    private final BindingRef editing;
    private final Binding original;
    private final StringProperty type = new SimpleStringProperty("http");
    private final StringProperty ip = new SimpleStringProperty(ALL_UNASSIGNED);
    private final StringProperty port = new SimpleStringProperty("80");
    private final StringProperty host = new SimpleStringProperty("");
    private final Map<Integer, BooleanProperty> flags = new LinkedHashMap<>();
    private final ObservableList<String> ipChoices = FXCollections.observableArrayList();
    private final ObservableList<CertificateChoice> certificates = FXCollections.observableArrayList();
    private final ObjectProperty<CertificateChoice> certificate = new SimpleObjectProperty<>();
    private final SharedEndpointAsk shared;
    /** The certificate the binding had when the dialog opened: OK changes records only when the choice differs. */
    private final CertificateChoice originalCertificate;
    private final FieldCheck portCheck = new FieldCheck();
    private final FieldCheck ipCheck = new FieldCheck();
    private final FieldCheck hostCheck = new FieldCheck();
    private final FieldCheck typeCheck = new FieldCheck();
    private final FieldCheck sslCheck = new FieldCheck();
    /** Findings that make IIS refuse the binding outright; the others are shown, and OK still applies. */
    private static final Set<Code> BLOCKING = EnumSet.of(Code.INVALID_PORT, Code.INVALID_ADDRESS, Code.INVALID_HOST,
            Code.SNI_WITHOUT_HOST, Code.CCS_WITHOUT_HOST);

    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final BooleanProperty invalid = new SimpleBooleanProperty();
    private final LongProperty checkRevision = new SimpleLongProperty();
    private final BooleanBinding https = Bindings.createBooleanBinding(() -> "https".equalsIgnoreCase(type.get()), type);
    private List<Finding> candidateFindings = List.of();
    private long requested;

    BindingDialogViewModel(Workspace workspace, Prompts prompts, int siteIndex, BindingRef editing) {
        this.workspace = workspace;
        this.prompts = prompts;
        this.shared = new SharedEndpointAsk(prompts);
        this.base = workspace.current();
        this.siteIndex = siteIndex;
        this.editing = editing;
        this.original = editing == null ? null : base.sites().get(editing.site()).bindings().get(editing.binding());
        for (int bit : new int[] {Binding.SSL_SNI, Binding.SSL_CCS, Binding.SSL_DISABLE_HTTP2,
                Binding.SSL_DISABLE_OCSP_STAPLING, Binding.SSL_DISABLE_QUIC, Binding.SSL_DISABLE_TLS13_OVER_TCP,
                Binding.SSL_DISABLE_LEGACY_TLS}) {
            flags.put(bit, new SimpleBooleanProperty());
        }
        ipChoices.setAll(addressesInUse(base));
        certificates.setAll(CertificateChoice.all(base));
        if (original != null) {
            fill(original);
        }
        originalCertificate = servingCertificate();
        certificate.set(originalCertificate);
        List<ObservableValue<?>> inputs = new ArrayList<>(List.of(type, ip, port, host));
        inputs.addAll(flags.values());
        inputs.forEach(p -> p.addListener((obs, old, now) -> revalidate()));
        revalidate();
    }

    private void fill(Binding b) {
        type.set(b.protocol());
        BindingAddress a = b.address();
        ip.set(a.ip() != null && a.ip().isAny() ? ALL_UNASSIGNED : a.ipText());
        port.set(a.portText());
        host.set(a.host());
        flags.forEach((bit, p) -> p.set((b.sslFlags() & bit) != 0));
    }

    /** The certificate of the record that serves the edited binding now, as IIS preselects it. */
    private CertificateChoice servingCertificate() {
        if (original == null || !original.isHttps()) {
            return null;
        }
        Optional<SslRecordKey> key;
        try {
            key = shared.operations().recordFor(base, editing);
        } catch (RuntimeException e) {
            // an address the analysis cannot place preselects nothing, as IIS's "Not selected"
            return null;
        }
        String hash = key.flatMap(k -> base.sslRecords().stream().filter(r -> r.key().equals(k)).findFirst())
                .map(SslRecord::certificateHash).orElse(null);
        if (hash == null) {
            return null;
        }
        CertificateChoice known = certificates.stream().filter(c -> c.is(hash)).findFirst().orElse(null);
        if (known == null) {
            known = CertificateChoice.unknown(hash);
            certificates.add(known);
        }
        return known;
    }

    private static List<String> addressesInUse(ServerDocument doc) {
        TreeSet<String> ips = new TreeSet<>();
        for (Site s : doc.sites()) {
            for (Binding b : s.bindings()) {
                IpAddress a = b.address().ip();
                if (b.address().kind() == BindingAddress.Kind.IP_PORT_HOST && a != null && !a.isAny()) {
                    ips.add(a.canonical());
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add(ALL_UNASSIGNED);
        out.addAll(ips);
        return out;
    }

    /** The binding the fields describe; unknown sslFlags bits and extras of the edited binding are kept. */
    public Binding candidate() {
        String protocol = type.get() == null ? "" : type.get().trim();
        BindingAddress.Kind kind = BindingAddress.parse(protocol, "").kind();
        String info = switch (kind) {
            case IP_PORT_HOST -> ipText() + ":" + trim(port.get()) + ":" + trim(host.get());
            case PORT_ONLY -> trim(port.get()) + ":*";
            default -> original != null && original.protocolKey().equals(protocol.toLowerCase(Locale.ROOT))
                    ? original.bindingInformation() : "*";
        };
        int known = flags.keySet().stream().mapToInt(Integer::intValue).sum();
        int bits = original == null ? 0 : original.sslFlags() & ~known;
        if ("https".equalsIgnoreCase(protocol)) {
            for (Map.Entry<Integer, BooleanProperty> e : flags.entrySet()) {
                bits |= e.getValue().get() ? e.getKey() : 0;
            }
        } else if (original != null) {
            bits = original.sslFlags();
        }
        return new Binding(protocol, info, bits, null, original == null ? null : original.extras());
    }

    private String ipText() {
        String t = trim(ip.get());
        if (t.isEmpty() || t.equalsIgnoreCase(ALL_UNASSIGNED) || t.equals("*")) {
            return "*";
        }
        // admins type IPv6 the way ipconfig prints it; bindings want brackets
        if (t.indexOf(':') >= 0 && !t.startsWith("[")) {
            return "[" + t + "]";
        }
        return t;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private BindingRef candidateRef() {
        return editing != null ? editing : new BindingRef(siteIndex, base.sites().get(siteIndex).bindings().size());
    }

    private ServerDocument candidateDocument(Binding b) {
        Site site = base.sites().get(siteIndex);
        Site next = editing != null ? site.withBinding(editing.binding(), b) : site.withAddedBinding(b);
        return base.withSite(siteIndex, next);
    }

    private void revalidate() {
        Binding b = candidate();
        ServerDocument doc = candidateDocument(b);
        BindingRef ref = candidateRef();
        long ticket = ++requested;
        checking.set(true);
        workspace.checkCandidate(doc, findings -> {
            if (ticket == requested) {
                show(b, ref, findings);
            }
        }, e -> {
            if (ticket == requested) {
                show(b, ref, new Findings(List.of()));
            }
        });
    }

    private void show(Binding b, BindingRef ref, Findings findings) {
        // one binding of a check thrown away at the next keystroke: a scan costs less than building
        // the findings' index for it (4.4-4.6 against 5.1-6.0 ms a keystroke on 100,000 sites)
        candidateFindings = findings.all().stream().filter(f -> f.bindingRefs().contains(ref)).toList();
        List<FieldCheck> all = List.of(portCheck, ipCheck, hostCheck, typeCheck, sslCheck);
        all.forEach(FieldCheck::clear);
        for (Finding f : candidateFindings) {
            // a duplicate is the whole endpoint: every part is marked, the message is said once, on the port
            boolean whole = f.code() == Code.DUPLICATE_BINDING;
            for (BindingColumn c : whole ? EnumSet.of(BindingColumn.IP, BindingColumn.PORT, BindingColumn.HOST)
                    : BindingColumn.atFault(f.code())) {
                FieldCheck target = switch (c) {
                    case PORT -> portCheck;
                    case IP -> ipCheck;
                    case HOST -> hostCheck;
                    case TYPE -> typeCheck;
                    case CERTIFICATE, SNI_CCS -> sslCheck;
                    case STATUS -> null;
                };
                if (target != null && (target.severity() == null || f.severity().ordinal() < target.severity().ordinal())) {
                    String text = f.code() == Code.INVALID_PORT ? PORT_MESSAGE : f.message();
                    target.set(f.severity(), whole && c != BindingColumn.PORT ? "" : text);
                }
            }
        }
        boolean local = localChecks(b);
        invalid.set(local || candidateFindings.stream().anyMatch(f -> BLOCKING.contains(f.code())));
        checking.set(false);
        checkRevision.set(checkRevision.get() + 1);
    }

    /** What needs no engine: these show even before the check of the whole document returns. */
    private boolean localChecks(Binding b) {
        BindingAddress a = b.address();
        boolean bad = false;
        if (type.get() == null || type.get().isBlank()) {
            typeCheck.set(Severity.ERROR, "Choose a binding type");
            bad = true;
        }
        if (a.hasPort() && !a.portValid()) {
            portCheck.set(Severity.ERROR, PORT_MESSAGE);
            bad = true;
        }
        if (!a.ipValid()) {
            ipCheck.set(Severity.ERROR, "'" + a.ipText() + "' is not an IP address: use All Unassigned, an IPv4 address or an IPv6 address");
            bad = true;
        }
        if (!a.hostValid()) {
            hostCheck.set(Severity.ERROR, "The host name '" + a.host() + "' has a character IIS does not allow in a host name");
            bad = true;
        }
        return bad;
    }

    /**
     * The OK button: applies the binding as one command, unless it is invalid or the admin declines
     * IIS's duplicate-binding question.
     *
     * @return whether the dialog may close
     */
    public boolean commit() {
        if (invalid.get() || checking.get()) {
            return false;
        }
        Binding b = candidate();
        for (Finding f : candidateFindings) {
            if (f.code() == Code.DUPLICATE_BINDING && !prompts.confirm("Add Site Binding", null, duplicateMessage(b, f))) {
                return false;
            }
        }
        ServerDocument now = workspace.current();
        Command edit = editing != null ? Edits.editBinding(now, editing, b) : Edits.addBinding(now, siteIndex, b);
        ServerDocument after = edit.apply(now);
        SharedEndpointViewModel leaving = movesHttps(b) ? SharedEndpointViewModel.removeBinding(base, editing) : null;
        if (leaving != null && leaving.confirmationNeeded()) {
            Optional<SslEdit> answer = shared.ask(leaving, () -> true);
            if (answer.isEmpty()) {
                return false;
            }
            if (leaving.choice().removeRecordToo()) {
                after = after.withSslRecords(answer.get().document().sslRecords());
            }
        }
        CertificateChoice chosen = certificate.get();
        if (!b.isHttps() || b.ccs() || chosen == null || chosen.equals(originalCertificate)) {
            workspace.push(new DocumentChange(edit.label(), now, after, null));
            return true;
        }
        Optional<SslEdit> ssl;
        try {
            ssl = certificateEdit(after, chosen);
        } catch (IllegalArgumentException | IllegalStateException e) {
            prompts.showError(title(), "The certificate cannot be set: " + e.getMessage());
            return false;
        }
        if (ssl.isEmpty()) {
            return false;
        }
        String label = after.equals(now) ? ssl.get().label() : edit.label() + ", " + ssl.get().label();
        workspace.push(new DocumentChange(label, now, ssl.get().document(), null));
        return true;
    }

    /**
     * The chosen certificate applied to the document with the edited binding: the record that serves
     * the binding is re-pointed (asking first when it serves other sites), else the binding gets the record it needs.
     */
    private Optional<SslEdit> certificateEdit(ServerDocument after, CertificateChoice chosen) {
        BindingRef ref = editing != null ? editing : new BindingRef(siteIndex, after.sites().get(siteIndex).bindings().size() - 1);
        Optional<SslRecordKey> serving = shared.operations().recordFor(after, ref);
        if (serving.isEmpty()) {
            return Optional.of(shared.operations().assignCertificate(after, ref, chosen.thumbprint()));
        }
        return shared.ask(SharedEndpointViewModel.remap(after, serving.get(), chosen.thumbprint(), ref), () -> true);
    }

    /** Editing an https binding's endpoint leaves the records it used: the caller says so when other sites use them. */
    private boolean movesHttps(Binding b) {
        if (editing == null || !original.isHttps()) {
            return false;
        }
        boolean sameEndpoint = original.protocolKey().equals(b.protocolKey()) && original.address().equals(b.address())
                && original.sni() == b.sni() && original.ccs() == b.ccs();
        return !sameEndpoint;
    }

    private String duplicateMessage(Binding b, Finding f) {
        String self = base.sites().get(siteIndex).name();
        List<String> others = f.sites().stream().filter(s -> !s.equals(self)).toList();
        String whom = others.isEmpty() ? "" : " (" + String.join(", ", others) + ")";
        return "The binding '" + b.bindingInformation() + "' is assigned to another site" + whom
                + ". If you assign the same binding to this site, you will only be able to start one of the sites."
                + " Are you sure that you want to add this duplicate binding?";
    }

    public String title() {
        return editing == null ? "Add Site Binding" : "Edit Site Binding";
    }

    public List<String> types() {
        return TYPES;
    }

    public ObservableList<String> ipChoices() {
        return ipChoices;
    }

    /** The document's certificates for the "SSL certificate" picker. */
    public ObservableList<CertificateChoice> certificates() {
        return certificates;
    }

    /** The chosen certificate; preset to the one of the record serving the binding, {@code null} when none. */
    public ObjectProperty<CertificateChoice> certificateProperty() {
        return certificate;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty ipProperty() {
        return ip;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty hostProperty() {
        return host;
    }

    /** One of the sslFlags switches ({@link Binding#SSL_SNI}, {@link Binding#SSL_DISABLE_QUIC}, ...). */
    public BooleanProperty flagProperty(int bit) {
        return flags.get(bit);
    }

    public BooleanBinding httpsProperty() {
        return https;
    }

    public FieldCheck portCheck() {
        return portCheck;
    }

    public FieldCheck ipCheck() {
        return ipCheck;
    }

    public FieldCheck hostCheck() {
        return hostCheck;
    }

    public FieldCheck typeCheck() {
        return typeCheck;
    }

    /** Problems of the SSL side: certificate, SNI and CCS. */
    public FieldCheck sslCheck() {
        return sslCheck;
    }

    /** True while the candidate document is being checked. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** True when OK would be refused: a value IIS does not accept. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid;
    }

    /** Increments when the field checks change; the view re-runs its decorations. */
    public ReadOnlyLongProperty checkRevisionProperty() {
        return checkRevision;
    }
}
