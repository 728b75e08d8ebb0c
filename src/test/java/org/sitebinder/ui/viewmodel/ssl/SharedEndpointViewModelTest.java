package org.sitebinder.ui.viewmodel.ssl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitebinder.editing.ssl.SharedRecords.ANY_443;
import static org.sitebinder.editing.ssl.SharedRecords.NEW;
import static org.sitebinder.editing.ssl.SharedRecords.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.ssl.SharedRecords;
import org.sitebinder.editing.ssl.SslEdit;
import org.sitebinder.editing.ssl.SslOperations;
import org.sitebinder.engine.BindingRef;

class SharedEndpointViewModelTest {
    private static final BindingRef SHOP_HTTPS = new BindingRef(SharedRecords.SHOP, 1);
    private static final BindingRef DEFAULT_HTTPS = new BindingRef(SharedRecords.DEFAULT, 1);
    private static final String OLD_NAME = "shop.example (3F1C0A7BE2D94C56A8E1B0F27D6C4E9A15B3D802)";
    private static final String NEW_NAME = "www.example (A94F03C1D2E5B6A7980F1E2D3C4B5A6978877665)";
    private final ServerDocument doc = SharedRecords.document();
    private final SslOperations ops = new SslOperations();

    @Test
    void remapListsEverySiteOnTheRecordIncludingTheFallbackOneWithOldAndNewCertificates() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS);

        assertThat(vm.rows()).extracting(SharedEndpointRow::site, SharedEndpointRow::binding, SharedEndpointRow::record,
                SharedEndpointRow::currentCertificate, SharedEndpointRow::newCertificate).containsExactly(
                tuple("Default Web Site", "https *:443:", "0.0.0.0:443", OLD_NAME, NEW_NAME),
                tuple("Shop", "https *:443:shop.example", "0.0.0.0:443", OLD_NAME, NEW_NAME),
                tuple("Docs", "https 10.0.0.9:443:docs.example", "0.0.0.0:443", OLD_NAME, NEW_NAME));
        assertThat(vm.headline()).isEqualTo("Certificate for 0.0.0.0:443 is shared by 3 sites");
        assertThat(vm.explanation())
                .isEqualTo("http.sys keeps one certificate per IP:port: changing it here changes it for every site listed.");
        assertThat(vm.question()).isEqualTo("At least one other site is using the same HTTPS binding and the binding is"
                + " configured with a different certificate. Are you sure that you want to reuse this HTTPS binding and"
                + " reassign the other sites (Default Web Site, Docs) to use the new certificate?");
        assertThat(vm.confirmationNeeded()).isTrue();
    }

    @Test
    void remapOffersChangeForAllAndSniForABindingWithAHostName() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS);

        assertThat(vm.changeForAllOffered()).isTrue();
        assertThat(vm.changeForAllText()).isEqualTo("Change for all 3 sites");
        assertThat(vm.sniOffered()).isTrue();
        assertThat(vm.sniExplanation()).isEqualTo("Or turn on Server Name Indication for https *:443:shop.example:"
                + " 'Shop' gets its own record shop.example:443 with the new certificate, and the other sites keep the current one.");
        assertThat(vm.deleteOffered()).isFalse();
        assertThat(vm.removeRecordTooOffered()).isFalse();
    }

    @Test
    void sniIsNotOfferedForABindingWithoutHostName() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.remap(doc, ANY_443, NEW, DEFAULT_HTTPS);

        assertThat(vm.sniOffered()).isFalse();
        assertThat(vm.sniExplanation()).isEmpty();
        assertThatThrownBy(vm::chooseSni).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachChoiceGivesItsEdit() {
        SharedEndpointViewModel all = SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS);
        all.chooseChangeForAll();
        assertThat(all.choice()).isEqualTo(Choice.CHANGE_FOR_ALL);
        assertThat(all.apply(ops).map(SslEdit::label)).contains("Change certificate of 0.0.0.0:443 for 3 sites");

        SharedEndpointViewModel sni = SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS);
        sni.chooseSni();
        assertThat(sni.choice()).isEqualTo(Choice.USE_SNI);
        ServerDocument next = sni.apply(ops).orElseThrow().document();
        assertThat(record(next, SslRecordKey.hostnamePort("shop.example", 443))).isNotNull();
        assertThat(record(next, ANY_443).certificateHash()).isEqualTo(SharedRecords.OLD);
    }

    @Test
    void cancellingOrClosingChangesNothing() {
        SharedEndpointViewModel closed = SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS);
        assertThat(closed.choice()).isEqualTo(Choice.CANCEL);
        assertThat(closed.apply(ops)).isEmpty();

        SharedEndpointViewModel cancelled = SharedEndpointViewModel.deleteSite(doc, SharedRecords.SHOP);
        cancelled.removeRecordTooProperty().set(true);
        cancelled.cancel();
        assertThat(cancelled.apply(ops)).isEmpty();
    }

    @Test
    void deletingASiteListsTheOtherSitesAndSaysTheRecordIsKept() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.deleteSite(doc, SharedRecords.SHOP);

        assertThat(vm.rows()).extracting(SharedEndpointRow::site, SharedEndpointRow::newCertificate)
                .containsExactly(tuple("Default Web Site", "unchanged"), tuple("Docs", "unchanged"));
        assertThat(vm.headline()).isEqualTo("Site 'Shop' shares its SSL record with 2 other sites");
        assertThat(vm.explanation()).isEqualTo(
                "The record 0.0.0.0:443 is still used by 2 other sites and will be kept. Tick the box to remove it as well.");
        assertThat(vm.removeRecordTooOffered()).isTrue();
        assertThat(vm.deleteText()).isEqualTo("Delete site");
        assertThat(vm.changeForAllOffered()).isFalse();
        assertThat(vm.sniOffered()).isFalse();

        vm.chooseDelete();
        assertThat(vm.choice()).isEqualTo(Choice.delete(false));
        SslEdit edit = vm.apply(ops).orElseThrow();
        assertThat(record(edit.document(), ANY_443)).isNotNull();
        assertThat(edit.document().sites()).extracting(Site::name).doesNotContain("Shop");
    }

    @Test
    void tickingTheBoxSaysTheRecordGoesAndRemovesIt() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.deleteSite(doc, SharedRecords.SHOP);

        vm.removeRecordTooProperty().set(true);

        assertThat(vm.explanation()).isEqualTo(
                "The record 0.0.0.0:443 will be removed as well: the 2 other sites listed lose this certificate.");
        assertThat(vm.rows()).extracting(SharedEndpointRow::newCertificate).containsOnly("(none: record removed)");
        vm.chooseDelete();
        assertThat(vm.choice()).isEqualTo(Choice.delete(true));
        assertThat(record(vm.apply(ops).orElseThrow().document(), ANY_443)).isNull();
    }

    @Test
    void aSiteAloneOnItsRecordNeedsNoConfirmationAndSaysTheRecordGoesWithIt() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.deleteSite(doc, SharedRecords.SOLO_SITE);

        assertThat(vm.confirmationNeeded()).isFalse();
        assertThat(vm.removeRecordTooOffered()).isFalse();
        assertThat(vm.explanation()).isEqualTo("The record 0.0.0.0:8443, used by nothing else, is removed with it.");
    }

    @Test
    void removingABindingNamesTheBinding() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.removeBinding(doc, SHOP_HTTPS);

        assertThat(vm.headline()).isEqualTo("Binding https *:443:shop.example of 'Shop' shares its SSL record with 2 other sites");
        assertThat(vm.deleteText()).isEqualTo("Remove binding");
        vm.removeRecordTooProperty().set(true);
        vm.chooseDelete();
        assertThat(vm.apply(ops).orElseThrow().removedRecords()).containsExactly(ANY_443);
    }

    @Test
    void removingARecordListsEverySiteItServes() {
        SharedEndpointViewModel vm = SharedEndpointViewModel.removeRecord(doc, ANY_443);

        assertThat(vm.rows()).extracting(SharedEndpointRow::site).containsExactly("Default Web Site", "Shop", "Docs");
        assertThat(vm.headline()).isEqualTo("SSL record 0.0.0.0:443 is used by 3 sites");
        assertThat(vm.deleteText()).isEqualTo("Remove for all 3 sites");
        assertThat(vm.removeRecordTooOffered()).isFalse();
        vm.chooseDelete();
        assertThat(record(vm.apply(ops).orElseThrow().document(), ANY_443)).isNull();
    }

    @Test
    void remappingASiteAloneOnItsRecordNeedsNoConfirmation() {
        BindingRef intranet = new BindingRef(SharedRecords.INTRANET_SITE, 0);

        SharedEndpointViewModel vm = SharedEndpointViewModel.remap(doc, SslRecordKey.hostnamePort("intranet.example", 443),
                NEW, intranet);

        assertThat(vm.confirmationNeeded()).isFalse();
        assertThat(vm.headline()).isEqualTo("Certificate for intranet.example:443 is used by 1 site");
    }

    @Test
    void withoutSslRecordsTheSitesOnTheIpPortAreListedAndNothingIsOfferedToRemove() {
        ServerDocument bare = ServerDocument.ofSites("WEB02", List.of(
                new Site(1L, "A", List.of(Binding.of("https", "*:443:"))),
                new Site(2L, "B", List.of(Binding.of("https", "*:443:b.example")))));

        SharedEndpointViewModel vm = SharedEndpointViewModel.deleteSite(bare, 0);

        assertThat(vm.rows()).extracting(SharedEndpointRow::site, SharedEndpointRow::currentCertificate)
                .containsExactly(tuple("B", "(unknown)"));
        assertThat(vm.headline()).isEqualTo("Site 'A' shares its IP:port with 1 other site");
        assertThat(vm.removeRecordTooOffered()).isFalse();
        assertThat(vm.explanation()).startsWith("The SSL records are not loaded");
    }
}
