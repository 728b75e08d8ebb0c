package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.Edits;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Code;
import org.sitebinder.engine.Severity;
import org.sitebinder.persistence.DocumentLoader;
import org.sitebinder.persistence.json.JsonDocumentStore;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow;

class MainViewModelTest {
    private final Harness h = new Harness(Fixtures.web01());
    private final MainViewModel vm = h.vm;

    @Test
    void aPortEditedIntoACollisionMarksTheRowTheCellAndTheSiteAndUndoClearsThem() {
        vm.selectedSiteProperty().set(2);
        assertThat(vm.bindings().rows().get(0).level()).isEmpty();
        int before = vm.findings().visibleRows().size();

        // Blog's http binding moved onto 443, where Default Web Site and Shop listen with https
        h.workspace.push(Edits.editBinding(h.workspace.current(), new BindingRef(2, 0), Binding.of("http", "*:443:blog.example")));

        BindingRow row = vm.bindings().rows().get(0);
        assertThat(row.level()).isEqualTo("error");
        assertThat(row.cellLevel(BindingColumn.PORT)).isEqualTo("error");
        assertThat(row.cellLevel(BindingColumn.HOST)).isEmpty();
        assertThat(row.status()).contains("PROTOCOL_CONFLICT");
        assertThat(row.tooltip()).contains("Blog");
        assertThat(vm.sites().sites().get(2).levelProperty().get()).isEqualTo("error");
        assertThat(vm.findings().visibleRows()).extracting(FindingRow::code).contains(Code.PROTOCOL_CONFLICT);
        assertThat(vm.titleProperty().get()).isEqualTo("Sitebinder — WEB01 (demo) *");

        vm.undo();

        assertThat(vm.bindings().rows().get(0).level()).isEmpty();
        assertThat(vm.sites().sites().get(2).levelProperty().get()).isEmpty();
        assertThat(vm.findings().visibleRows()).hasSize(before).extracting(FindingRow::code).doesNotContain(Code.PROTOCOL_CONFLICT);
        assertThat(vm.titleProperty().get()).isEqualTo("Sitebinder — WEB01 (demo)");
    }

    @Test
    void sitesTheEditDidNotTouchStillGetTheBadgeOfTheirNewFindings() {
        SiteItem defaultSite = vm.sites().sites().get(0);
        String level = defaultSite.levelProperty().get();
        String summary = defaultSite.summaryProperty().get();
        assertThat(level).isNotEqualTo("error");

        // Blog's http onto 443: Default Web Site listens there with https, its Site object unchanged
        h.workspace.push(Edits.editBinding(h.workspace.current(), new BindingRef(2, 0), Binding.of("http", "*:443:blog.example")));
        assertThat(defaultSite.levelProperty().get()).isEqualTo("error");
        assertThat(defaultSite.summaryProperty().get()).isNotEqualTo(summary).endsWith("findings");

        vm.undo();
        assertThat(defaultSite.levelProperty().get()).isEqualTo(level);
        assertThat(defaultSite.summaryProperty().get()).isEqualTo(summary);
    }

    @Test
    void theServerPageSummaryFollowsEditsWhileItIsShown() {
        vm.pageProperty().set(Page.SERVER);
        assertThat(vm.server().summaryProperty().get()).startsWith("4 sites, 6 bindings, 1 SSL record, 1 certificate. ");

        h.prompts.text = "Docs";
        vm.addSite();
        vm.pageProperty().set(Page.SERVER);
        assertThat(vm.server().summaryProperty().get()).startsWith("5 sites, 6 bindings");

        vm.undo();
        assertThat(vm.server().summaryProperty().get()).startsWith("4 sites, 6 bindings");
    }

    @Test
    void siteCommandsActOnlyWhileTheSitesPageIsShown() {
        vm.selectedSiteProperty().set(2);
        assertThat(vm.siteShownProperty().get()).isTrue();

        vm.pageProperty().set(Page.CERTIFICATES);
        assertThat(vm.siteShownProperty().get()).isFalse();
        assertThat(vm.selectedSiteProperty().get()).isEqualTo(2);

        vm.pageProperty().set(Page.SITE);
        assertThat(vm.siteShownProperty().get()).isTrue();
    }

    @Test
    void theCertificateColumnFollowsTheRecordsAcrossEdits() {
        vm.selectedSiteProperty().set(1);
        assertThat(vm.bindings().rows().get(1).certificate()).isEqualTo("*.example");

        // an edit of the site keeps the records, and the column with them
        h.workspace.push(Edits.editBinding(h.workspace.current(), new BindingRef(1, 0), Binding.of("http", "*:80:www.shop.example")));
        assertThat(vm.bindings().rows().get(1).certificate()).isEqualTo("*.example");

        // a record of its own for shop.example:443, with a certificate the document does not hold
        h.workspace.push(Edits.addSslRecord(h.workspace.current(), new SslRecord(SslRecordKey.hostnamePort("shop.example", 443),
                "0123456789abcdef0123456789abcdef01234567", "MY", SslRecord.IIS_APP_ID)));
        assertThat(vm.bindings().rows().get(1).certificate()).isEqualTo("0123456789ab…");

        vm.undo();
        assertThat(vm.bindings().rows().get(1).certificate()).isEqualTo("*.example");
    }

    @Test
    void revealingAFindingSelectsItsSiteAndBinding() {
        h.open(Fixtures.withConflicts(), null, null);
        FindingRow duplicate = vm.findings().visibleRows().stream().filter(r -> r.code() == Code.DUPLICATE_BINDING)
                .findFirst().orElseThrow();

        vm.reveal(duplicate);

        assertThat(vm.selectedSiteProperty().get()).isEqualTo(1);
        assertThat(vm.selectedBindingProperty().get()).isEqualTo(0);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.SITE);
        assertThat(vm.bindings().rows().get(0).level()).isEqualTo("error");
    }

    @Test
    void startStopTogglesTheSelectedSiteAndItsLabel() {
        vm.selectedSiteProperty().set(3);
        assertThat(vm.startStopLabelProperty().get()).isEqualTo("Start Site");
        vm.startStop();
        assertThat(h.workspace.current().sites().get(3).state()).isEqualTo(SiteState.STARTED);
        assertThat(vm.sites().sites().get(3).startedProperty().get()).isTrue();
        assertThat(vm.startStopLabelProperty().get()).isEqualTo("Stop Site");
    }

    @Test
    void deletingASiteOnASharedRecordAsksWithTheSharedEndpointDialogAndDoesNothingOnCancel() {
        vm.selectedSiteProperty().set(1);
        vm.deleteSite();
        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(d ->
                assertThat(d.rows()).extracting(SharedEndpointRow::site).contains("Default Web Site"));
        assertThat(h.workspace.current().sites()).hasSize(4);

        h.prompts.sharedEndpointChoices.push(Choice.delete(false));
        vm.deleteSite();
        assertThat(h.workspace.current().sites()).extracting(s -> s.name()).doesNotContain("Shop");
        assertThat(h.workspace.current().sslRecords()).hasSize(1);
        assertThat(vm.sites().sites()).hasSize(3);
    }

    @Test
    void deletingASiteWithoutSslAsksThePlainQuestion() {
        vm.selectedSiteProperty().set(2);
        h.prompts.confirmations.push(false);
        vm.deleteSite();
        assertThat(h.prompts.asked).singleElement().asString().contains("delete site 'Blog'");
        assertThat(h.prompts.sharedEndpointDialogs).isEmpty();
        assertThat(h.workspace.current().sites()).hasSize(4);
    }

    @Test
    void removingAnHttpsBindingNamesTheOtherSitesOnItsCertificateRecord() {
        vm.selectedSiteProperty().set(0);
        vm.selectedBindingProperty().set(1);
        h.prompts.sharedEndpointChoices.push(Choice.delete(false));
        vm.removeBinding();
        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(d ->
                assertThat(d.rows()).extracting(SharedEndpointRow::site).contains("Shop"));
        assertThat(h.workspace.current().sites().get(0).bindings()).hasSize(1);
        assertThat(h.workspace.current().sslRecords()).hasSize(1);
    }

    @Test
    void editingANamePropertyIsOneUndoStep() {
        vm.selectedSiteProperty().set(1);
        vm.properties().nameProperty().set("S");
        vm.properties().nameProperty().set("Store");
        assertThat(vm.sites().sites().get(1).nameProperty().get()).isEqualTo("Store");
        vm.undo();
        assertThat(vm.properties().nameProperty().get()).isEqualTo("Shop");
        assertThat(h.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewSiteGetsTheNextIdAndIsSelected() {
        h.prompts.text = "Careers";
        vm.addSite();
        assertThat(h.workspace.current().sites()).last().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Careers");
            assertThat(s.id()).isEqualTo(5L);
        });
        assertThat(vm.selectedSiteProperty().get()).isEqualTo(4);
        assertThat(vm.sites().sites()).hasSize(5);
        assertThat(h.workspace.undoLabelProperty().get()).isEqualTo("Add site 'Careers'");
    }

    @Test
    void newDocumentAsksAboutUnsavedChangesThenStartsEmpty() {
        vm.selectedSiteProperty().set(0);
        vm.startStop();
        h.prompts.saveChoice = Prompts.SaveChoice.DISCARD;
        h.files.newDocument("WEB02");
        assertThat(h.prompts.asked).containsExactly("save changes to demo");
        assertThat(h.workspace.current().sites()).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("Sitebinder — WEB02 (untitled)");
        assertThat(vm.pageProperty().get()).isEqualTo(Page.SERVER);
    }

    @Test
    void aReservedPortMakesABindingOnItAnError() {
        h.prompts.text = "8081=Squid";
        vm.editReservedPorts();
        vm.selectedSiteProperty().set(2);
        assertThat(vm.bindings().rows().get(0).cellLevel(BindingColumn.PORT)).isEqualTo("error");
        assertThat(vm.bindings().rows().get(0).status()).contains("PORT_IN_USE");
    }

    @Test
    void aBadReservedPortIsRefusedWithTheIisMessage() {
        h.prompts.text = "70000";
        vm.editReservedPorts();
        assertThat(h.prompts.errors).singleElement().asString()
                .contains("The server port number must be a positive integer between 1 and 65535");
        assertThat(h.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void statusCountsAndFilterFollowTheFindings() {
        h.open(Fixtures.withConflicts(), null, null);
        assertThat(vm.findings().countsProperty().get()).matches("\\d+ errors?, \\d+ warnings?, \\d+ info");
        vm.findings().filterProperty().set(FindingsViewModel.Filter.WARNINGS);
        assertThat(vm.findings().visibleRows()).isNotEmpty().allMatch(r -> r.level().equals("warning"));
    }

    @Test
    void theEmptyFindingsListSaysWhyItIsEmpty() {
        Tasks tasks = new Tasks(Runnable::run, Runnable::run);
        Workspace nothingOpen = new Workspace(new BindingEngine(), tasks);
        MainViewModel starting = new MainViewModel(nothingOpen, tasks, new ScriptedPrompts(), new DocumentFiles(nothingOpen,
                tasks, new ScriptedPrompts(), new DocumentLoader()::load, new JsonDocumentStore(), new RecentFiles(List.of(), x -> { })));
        assertThat(starting.findings().placeholderProperty().get()).isEqualTo("No document is open yet.");
        assertThat(starting.findings().countsProperty().get()).isEmpty();
        assertThat(starting.server().summaryProperty().get()).isEqualTo("No document is open yet.");
        assertThat(starting.titleProperty().get()).isEqualTo("Sitebinder");

        h.open(ServerDocument.ofSites("W", List.of(new Site(1L, "A", List.of(Binding.of("http", "*:80:a.example"))))), null, null);
        assertThat(vm.findings().placeholderProperty().get()).isEqualTo("No findings: every site can start.");

        // one error only: a filter on warnings must not read as "nothing wrong"
        h.open(ServerDocument.ofSites("W", List.of(new Site(1L, "A", List.of(Binding.of("http", "*:80:a.example"))),
                new Site(2L, "B", List.of(Binding.of("http", "*:80:a.example"))))), null, null);
        vm.findings().filterProperty().set(FindingsViewModel.Filter.WARNINGS);
        assertThat(vm.findings().visibleRows()).isEmpty();
        assertThat(vm.findings().placeholderProperty().get())
                .isEqualTo("The one finding is not a warning. Show All severities to list it.");

        h.open(ServerDocument.ofSites("W", List.of(
                new Site(1L, "A", List.of(Binding.of("http", "*:80:a.example"), Binding.of("http", "*:80:b.example"))),
                new Site(2L, "B", List.of(Binding.of("http", "*:80:a.example"), Binding.of("http", "*:80:b.example"))))),
                null, null);
        vm.findings().filterProperty().set(FindingsViewModel.Filter.INFO);
        assertThat(vm.findings().placeholderProperty().get())
                .isEqualTo("None of the 2 findings is an info finding. Show All severities to list them.");
    }

    @Test
    void theEndpointsViewListsEndpointsWithFindingsFirst() {
        h.open(Fixtures.withConflicts(), null, null);
        vm.pageProperty().set(Page.ENDPOINTS);
        EndpointRow first = vm.endpoints().rows().get(0);
        assertThat(first.level()).isEqualTo("error");
        assertThat(vm.endpoints().rows()).extracting(EndpointRow::endpoint).contains("*:80", "*:443", "10.0.0.5:80", "*:8081");
        EndpointRow e443 = vm.endpoints().rows().stream().filter(r -> r.endpoint().equals("*:443")).findFirst().orElseThrow();
        assertThat(e443.sites()).containsExactly("Default Web Site", "Shop", "Blog");
        assertThat(e443.sslRecord()).startsWith("0.0.0.0:443");
        // Blog's http binding and the two https ones are in one PROTOCOL_CONFLICT: said once, not per binding
        assertThat(e443.messages()).filteredOn(m -> m.startsWith("PROTOCOL_CONFLICT: ")).hasSize(1);
        assertThat(e443.severity()).isEqualTo(Severity.ERROR);

        h.workspace.push(Edits.editBinding(h.workspace.current(), new BindingRef(2, 0), Binding.of("http", "*:9000:blog.example")));
        assertThat(vm.endpoints().rows()).extracting(EndpointRow::endpoint).contains("*:9000").doesNotContain("*:8081");
    }
}
