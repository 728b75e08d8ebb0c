package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.Edits;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.persistence.cert.WrongPasswordException;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/**
 * The Internet Service Manager window's state: the workspace, the panels' view models, the
 * selection and the commands of the menus, toolbar and Actions pane.
 */
public final class MainViewModel {
    private final Workspace workspace;
    private final Tasks tasks;
    private final Prompts prompts;
    private final SharedEndpointAsk shared;
    private final CertificateImport certificateImport = new CertificateImport();
    private final DocumentFiles files;
    private final SiteListViewModel sites = new SiteListViewModel();
    private final BindingsViewModel bindings = new BindingsViewModel();
    private final SitePropertiesViewModel properties;
    private final FindingsViewModel findings = new FindingsViewModel();
    private final EndpointsViewModel endpoints = new EndpointsViewModel();
    private final ServerViewModel server = new ServerViewModel();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.SERVER);
    private final IntegerProperty selectedSite = new SimpleIntegerProperty(-1);
    private final IntegerProperty selectedBinding = new SimpleIntegerProperty(-1);
    private final StringBinding title;
    private final BooleanBinding noSite;
    private final BooleanBinding siteShown;
    private final BooleanBinding noBinding;
    private final StringBinding startStopLabel;

    public MainViewModel(Workspace workspace, Tasks tasks, Prompts prompts, DocumentFiles files) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.prompts = prompts;
        this.shared = new SharedEndpointAsk(prompts);
        this.files = files;
        this.properties = new SitePropertiesViewModel(workspace);
        workspace.revisionProperty().addListener((obs, old, now) -> documentChanged());
        page.addListener((obs, old, now) -> refreshVisiblePage());
        workspace.openedProperty().addListener((obs, old, now) -> {
            findings.opened();
            refreshVisiblePage();
            showFirstProblem();
        });
        selectedSite.addListener((obs, old, now) -> {
            siteSelected();
            if (now.intValue() >= 0) {
                page.set(Page.SITE);
            }
        });
        title = Bindings.createStringBinding(() -> workspace.openedProperty().get() == 0 ? "Sitebinder"
                        : "Sitebinder — " + serverName() + " (" + workspace.displayName() + ")"
                        + (workspace.dirtyProperty().get() ? " *" : ""),
                workspace.documentProperty(), workspace.fileProperty(), workspace.nameProperty(), workspace.dirtyProperty(),
                workspace.openedProperty());
        noSite = selectedSite.lessThan(0);
        siteShown = page.isEqualTo(Page.SITE).and(noSite.not());
        noBinding = noSite.or(selectedBinding.lessThan(0));
        startStopLabel = Bindings.createStringBinding(
                () -> properties.stateProperty().get() == RunState.STOPPED ? "Start Site" : "Stop Site", properties.stateProperty());
        documentChanged();
    }

    private String serverName() {
        String n = workspace.current().serverName();
        return n.isEmpty() ? "(server)" : n;
    }

    private void documentChanged() {
        ServerDocument doc = workspace.current();
        FindingsIndex index = workspace.findingsProperty().get();
        sites.refresh(doc, index);
        findings.refresh(index);
        server.refreshName(doc);
        refreshVisiblePage();
        if (selectedSite.get() >= doc.sites().size()) {
            selectedSite.set(doc.sites().isEmpty() ? -1 : doc.sites().size() - 1);
        }
        siteSelected();
    }

    /**
     * The server, SSL, certificate and endpoint pages walk the whole document: only the page shown
     * is brought up to date, and a page's table is kept while its document is the same.
     */
    private void refreshVisiblePage() {
        Page p = page.get();
        ServerDocument doc = workspace.current();
        FindingsIndex index = workspace.findingsProperty().get();
        if (p == Page.ENDPOINTS) {
            endpoints.refresh(doc, index);
        }
        if (p == Page.SERVER) {
            server.refreshSummary(doc, index, workspace.openedProperty().get() > 0);
        }
        if (p == Page.SSL_RECORDS) {
            server.refreshRecords(doc);
        }
        if (p == Page.CERTIFICATES) {
            server.refreshCertificates(doc);
        }
    }

    private void siteSelected() {
        ServerDocument doc = workspace.current();
        int s = selectedSite.get();
        Site site = s >= 0 && s < doc.sites().size() ? doc.sites().get(s) : null;
        properties.load(s, site);
        int keep = selectedBinding.get();
        bindings.refresh(doc, workspace.findingsProperty().get(), site == null ? -1 : s);
        selectedBinding.set(site != null && keep < site.bindings().size() ? keep : -1);
    }

    /** A document just opened: show the site of the first finding (errors come first), else the server. */
    private void showFirstProblem() {
        List<FindingRow> rows = findings.visibleRows();
        FindingRow first = rows.stream().filter(r -> r.firstSite() >= 0).findFirst().orElse(null);
        if (first == null) {
            selectedSite.set(-1);
            page.set(Page.SERVER);
        } else {
            reveal(first);
        }
    }

    /** Shows the site and binding a finding is about (double-click or Enter in the Findings panel). */
    public void reveal(FindingRow row) {
        int site = row.firstSite();
        if (site < 0) {
            return;
        }
        selectedBinding.set(-1);
        selectedSite.set(site);
        siteSelected();
        BindingRef ref = row.firstBinding();
        selectedBinding.set(ref == null || ref.site() != site ? -1 : ref.binding());
    }

    /** The Add / Edit Site Binding dialog for the selected site; {@code ref} null means Add. */
    public BindingDialogViewModel bindingDialog(BindingRef ref) {
        return new BindingDialogViewModel(workspace, prompts, ref == null ? selectedSite.get() : ref.site(), ref);
    }

    /** The selected binding, or {@code null}. */
    public BindingRef selectedBindingRef() {
        return noBinding.get() ? null : new BindingRef(selectedSite.get(), selectedBinding.get());
    }

    public void startStop() {
        if (noSite.get()) {
            return;
        }
        Site site = workspace.current().sites().get(selectedSite.get());
        SiteState next = site.started() ? SiteState.STOPPED : SiteState.STARTED;
        workspace.push(Edits.setState(workspace.current(), selectedSite.get(), next));
    }

    public void addSite() {
        prompts.askText("Add Website", "Site name:", "New site").ifPresent(name -> {
            ServerDocument doc = workspace.current();
            long id = doc.sites().stream().filter(s -> s.id() != null).mapToLong(Site::id).max().orElse(0) + 1;
            workspace.push(Edits.addSite(doc, new Site(id, name.trim(), List.of())));
            selectedSite.set(workspace.current().sites().size() - 1);
        });
    }

    /**
     * Deletes the selected site. When it shares an SSL record with other sites, the shared-endpoint
     * dialog lists them and the record stays for them unless the admin asks otherwise (KB 2405568).
     */
    public void deleteSite() {
        if (noSite.get()) {
            return;
        }
        ServerDocument doc = workspace.current();
        int index = selectedSite.get();
        String name = doc.sites().get(index).name();
        shared.ask(SharedEndpointViewModel.deleteSite(doc, index),
                        () -> prompts.confirm("Delete Website", "Are you sure that you want to delete site '" + name + "'?", ""))
                .ifPresent(edit -> workspace.push(SharedEndpointAsk.change(doc, edit)));
    }

    /** Removes the selected binding, through the shared-endpoint dialog when its SSL record serves other sites. */
    public void removeBinding() {
        BindingRef ref = selectedBindingRef();
        if (ref == null) {
            return;
        }
        ServerDocument doc = workspace.current();
        String binding = doc.sites().get(ref.site()).bindings().get(ref.binding()).display();
        shared.ask(SharedEndpointViewModel.removeBinding(doc, ref),
                        () -> prompts.confirm("Remove Binding", "Are you sure that you want to remove the binding " + binding + "?", ""))
                .ifPresent(edit -> workspace.push(SharedEndpointAsk.change(doc, edit)));
    }

    /** The document's certificates, for "Change certificate…". */
    public List<CertificateChoice> certificateChoices() {
        return CertificateChoice.all(workspace.current());
    }

    /**
     * Points an SSL record at another certificate, through the shared-endpoint dialog when the record
     * serves more than one site.
     */
    public void changeRecordCertificate(ServerViewModel.SslRecordRow row, CertificateChoice chosen) {
        ServerDocument doc = workspace.current();
        recordKey(doc, row).ifPresent(key -> shared.ask(SharedEndpointViewModel.remap(doc, key, chosen.thumbprint(), null), () -> true)
                .ifPresent(edit -> workspace.push(SharedEndpointAsk.change(doc, edit))));
    }

    /**
     * Adds an SSL record (netsh http add sslcert): {@code 0.0.0.0:443}, {@code [::]:443}, an address,
     * {@code host:port}, or a bare port for a Central Certificate Store record.
     *
     * @return why it was refused, or empty when the record was added (one undo step)
     */
    public Optional<String> addRecord(String keyText, CertificateChoice certificate) {
        SslRecordKey key = SslRecordKey.parse(keyText == null ? "" : keyText);
        if (key == null) {
            return Optional.of("'" + keyText + "' is not an SSL endpoint: type 0.0.0.0:443, [::]:443, 10.0.0.5:443, "
                    + "www.contoso.com:443, or a port alone for the Central Certificate Store");
        }
        ServerDocument doc = workspace.current();
        if (doc.sslRecords().stream().anyMatch(r -> r.key().equals(key))) {
            return Optional.of("There is already an SSL record for " + key + ": change its certificate instead.");
        }
        boolean ccs = key.kind() == SslRecordKey.Kind.CCS;
        if (!ccs && certificate == null) {
            return Optional.of("Choose the certificate for " + key + ".");
        }
        String hash = ccs ? "(null)" : certificate.thumbprint().toLowerCase(java.util.Locale.ROOT); // as netsh prints it
        workspace.push(Edits.addSslRecord(doc, new SslRecord(key, hash, ccs ? "" : "MY", SslRecord.IIS_APP_ID)));
        return Optional.empty();
    }

    /** Removes an SSL record, listing the sites that lose their certificate with it. */
    public void removeRecord(ServerViewModel.SslRecordRow row) {
        ServerDocument doc = workspace.current();
        recordKey(doc, row).ifPresent(key -> shared.ask(SharedEndpointViewModel.removeRecord(doc, key),
                        () -> prompts.confirm("Remove SSL Record", "Are you sure that you want to remove the SSL record " + key + "?", ""))
                .ifPresent(edit -> workspace.push(SharedEndpointAsk.change(doc, edit))));
    }

    private static Optional<SslRecordKey> recordKey(ServerDocument doc, ServerViewModel.SslRecordRow row) {
        return doc.sslRecords().stream().map(SslRecord::key).filter(k -> k.toString().equals(row.key())).findFirst();
    }

    /**
     * Import…: reads the chosen certificate file in the background (asking the password of a .pfx or
     * .p12 first, and again when it is wrong) and adds its certificates as one undo step.
     */
    public void importCertificates() {
        prompts.chooseCertificateFile().ifPresent(file -> {
            if (!CertificateImport.isPkcs12(file)) {
                importCertificates(file, null);
            } else {
                prompts.askPassword("Import Certificate", "Password of " + file.getFileName() + ":")
                        .ifPresent(password -> importCertificates(file, password));
            }
        });
    }

    private void importCertificates(Path file, char[] password) {
        tasks.run("Importing " + file.getFileName() + "…", () -> certificateImport.read(file, password), certificates -> {
            ServerDocument doc = workspace.current();
            workspace.push(SharedEndpointAsk.change(doc, shared.operations().addCertificates(doc, certificates)));
        }, e -> {
            if (e instanceof WrongPasswordException) {
                prompts.askPassword("Import Certificate", "The password is wrong. Password of " + file.getFileName() + ":")
                        .ifPresent(again -> importCertificates(file, again));
            } else {
                prompts.showError("Import Certificate", CertificateImport.message(file, e));
            }
        });
    }

    /** Edits the ports held by other services, as {@code 8080=WinGate, 3128}. */
    public void editReservedPorts() {
        ServerDocument doc = workspace.current();
        prompts.askText("Reserved Ports", "Ports held by other services (PORT or PORT=LABEL, comma separated):",
                ReservedPortsText.format(doc.reservedPorts())).ifPresent(text -> {
                    try {
                        workspace.push(Edits.setReservedPorts(workspace.current(), ReservedPortsText.parse(text)));
                    } catch (IllegalArgumentException e) {
                        prompts.showError("Reserved Ports", e.getMessage());
                    }
                });
    }

    public void undo() {
        workspace.undo();
    }

    public void redo() {
        workspace.redo();
    }

    public Workspace workspace() {
        return workspace;
    }

    public DocumentFiles files() {
        return files;
    }

    public Tasks tasks() {
        return tasks;
    }

    public SiteListViewModel sites() {
        return sites;
    }

    public BindingsViewModel bindings() {
        return bindings;
    }

    public SitePropertiesViewModel properties() {
        return properties;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public EndpointsViewModel endpoints() {
        return endpoints;
    }

    public ServerViewModel server() {
        return server;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Index of the selected site, or -1. */
    public IntegerProperty selectedSiteProperty() {
        return selectedSite;
    }

    /** Index of the selected binding within the selected site, or -1. */
    public IntegerProperty selectedBindingProperty() {
        return selectedBinding;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** "Start Site" or "Stop Site", for the selected site. */
    public StringBinding startStopLabelProperty() {
        return startStopLabel;
    }

    /** True when no site is selected: site commands are disabled. */
    public BooleanBinding noSiteProperty() {
        return noSite;
    }

    /**
     * True when a site's page is shown. As in IIS Manager's Actions pane, the site and binding
     * commands act on what the page shows: on the server, SSL, certificate and endpoint pages
     * they are off, even though a site stays selected for when its page comes back.
     */
    public BooleanBinding siteShownProperty() {
        return siteShown;
    }

    /** True when no binding is selected: binding commands are disabled. */
    public BooleanBinding noBindingProperty() {
        return noBinding;
    }
}
