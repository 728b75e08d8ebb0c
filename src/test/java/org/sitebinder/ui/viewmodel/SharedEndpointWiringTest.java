package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow;

/** The demo server WEB01, where Default Web Site, Shop, Api and Docs all reach 0.0.0.0:443. */
class SharedEndpointWiringTest {
    private final ServerDocument demo = Fixtures.demo();
    private final Harness h = new Harness(demo);


    static int indexOf(ServerDocument doc, String name) {
        for (int i = 0; i < doc.sites().size(); i++) {
            if (doc.sites().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name + " is not in the document");
    }

    @Test
    void deletingASiteOn443AsksAndListsTheOtherSitesAndCancelLeavesTheDocumentEqual() {
        h.vm.selectedSiteProperty().set(indexOf(demo, "Shop"));

        h.vm.deleteSite();

        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(d -> {
            assertThat(d.headline()).contains("Shop");
            assertThat(d.rows()).extracting(SharedEndpointRow::site).contains("Default Web Site", "Api", "Docs");
        });
        assertThat(h.workspace.current()).isEqualTo(demo);
        assertThat(h.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void confirmingIsOneUndoStepThatKeepsTheRecordForTheOthersAndUndoRestoresTheDocument() {
        h.vm.selectedSiteProperty().set(indexOf(demo, "Shop"));
        h.prompts.sharedEndpointChoices.push(Choice.delete(false));

        h.vm.deleteSite();

        assertThat(h.workspace.current().sites()).extracting(Site::name).doesNotContain("Shop");
        assertThat(h.workspace.current().sslRecords()).isEqualTo(demo.sslRecords());
        assertThat(h.workspace.undoLabelProperty().get()).contains("Shop");
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
        assertThat(h.workspace.canUndoProperty().get()).isFalse();
    }

    private static final String SHOP_CERT = "3f1c0a7be2d94c56a8e1b0f27d6c4e9a15b3d802";
    private static final String CAREERS_CERT = "58d3e1a0c6b94f27a1e85d03b7c6f49e2d10a8b5";
    private static final SslRecordKey ANY_443 = SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 443);

    private BindingDialogViewModel editShopHttpsChoosingCareers() {
        BindingDialogViewModel d = h.vm.bindingDialog(new BindingRef(indexOf(demo, "Shop"), 1));
        assertThat(d.certificateProperty().get().text()).isEqualTo("shop.example (expires 2028-06-30)");
        assertThat(d.certificateProperty().get().thumbprint()).isEqualToIgnoringCase(SHOP_CERT);
        d.certificateProperty().set(d.certificates().stream().filter(c -> c.text().startsWith("careers.example"))
                .findFirst().orElseThrow());
        return d;
    }

    @Test
    void aCertificateChosenInTheBindingDialogAsksAndChangesItForAllSitesOnTheRecordInOneUndoStep() {
        BindingDialogViewModel d = editShopHttpsChoosingCareers();
        h.prompts.sharedEndpointChoices.push(Choice.CHANGE_FOR_ALL);

        assertThat(d.commit()).isTrue();

        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(vm -> {
            assertThat(vm.changeForAllText()).isEqualTo("Change for all 4 sites");
            assertThat(vm.rows()).extracting(SharedEndpointRow::site).containsExactly("Default Web Site", "Shop", "Api", "Docs");
        });
        assertThat(record(ANY_443).certificateHash()).isEqualTo(CAREERS_CERT);
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
    }

    @Test
    void theSniChoiceGivesTheEditedBindingItsOwnRecordAndLeavesTheOthersAlone() {
        BindingDialogViewModel d = editShopHttpsChoosingCareers();
        h.prompts.sharedEndpointChoices.push(Choice.USE_SNI);

        assertThat(d.commit()).isTrue();

        ServerDocument now = h.workspace.current();
        assertThat(record(ANY_443).certificateHash()).isEqualTo(SHOP_CERT);
        assertThat(record(SslRecordKey.hostnamePort("shop.example", 443)).certificateHash()).isEqualTo(CAREERS_CERT);
        assertThat(now.sites().get(indexOf(demo, "Shop")).bindings().get(1).sni()).isTrue();
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
    }

    @Test
    void cancellingTheCertificateChangeKeepsTheDialogOpenAndTheDocumentAsItWas() {
        BindingDialogViewModel d = editShopHttpsChoosingCareers();

        assertThat(d.commit()).isFalse();

        assertThat(h.workspace.current()).isEqualTo(demo);
        assertThat(h.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void aCertificateForABindingNoRecordServesAddsTheRecordItNeedsWithoutAsking() {
        BindingDialogViewModel d = h.vm.bindingDialog(new BindingRef(indexOf(demo, "Status"), 0));
        assertThat(d.certificateProperty().get()).isNull();
        d.certificateProperty().set(d.certificates().stream().filter(c -> c.is(CAREERS_CERT)).findFirst().orElseThrow());

        assertThat(d.commit()).isTrue();

        assertThat(h.prompts.sharedEndpointDialogs).isEmpty();
        assertThat(record(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 7443)).certificateHash()).isEqualTo(CAREERS_CERT);
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
    }

    private SslRecord record(SslRecordKey key) {
        return h.workspace.current().sslRecords().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
