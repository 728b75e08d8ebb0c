package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.ui.Fixtures;

class BindingDialogViewModelTest {
    private final Harness h = new Harness(Fixtures.web01());

    private BindingDialogViewModel addToBlog() {
        h.vm.selectedSiteProperty().set(2);
        return h.vm.bindingDialog(null);
    }

    @Test
    void aPortOutOfRangeShowsIisWordsAndOkIsRefused() {
        BindingDialogViewModel d = addToBlog();
        d.portProperty().set("70000");
        assertThat(d.portCheck().message()).isEqualTo("The server port number must be a positive integer between 1 and 65535");
        assertThat(d.invalidProperty().get()).isTrue();
        assertThat(d.commit()).isFalse();
        assertThat(h.workspace.current().sites().get(2).bindings()).hasSize(1);
    }

    @Test
    void aCollisionWithAnotherSiteShowsOnThePortBeforeOk() {
        BindingDialogViewModel d = addToBlog();
        d.portProperty().set("443");
        assertThat(d.portCheck().level()).isEqualTo("error");
        assertThat(d.portCheck().message()).contains("Default Web Site");
        assertThat(d.invalidProperty().get()).isFalse();
        d.portProperty().set("8082");
        assertThat(d.portCheck().message()).isEmpty();
    }

    @Test
    void okOnADuplicateAsksAsIisDoesNamingTheOtherSite() {
        BindingDialogViewModel d = addToBlog();
        d.hostProperty().set("shop.example");
        assertThat(d.hostCheck().level()).isEqualTo("error");

        h.prompts.confirmations.push(false);
        assertThat(d.commit()).isFalse();
        assertThat(h.prompts.asked).last().asString()
                .contains("The binding '*:80:shop.example' is assigned to another site (Shop). If you assign the same binding"
                        + " to this site, you will only be able to start one of the sites. Are you sure that you want to add"
                        + " this duplicate binding?");
        assertThat(h.workspace.current().sites().get(2).bindings()).hasSize(1);

        h.prompts.confirmations.push(true);
        assertThat(d.commit()).isTrue();
        assertThat(h.workspace.current().sites().get(2).bindings()).contains(Binding.of("http", "*:80:shop.example"));
    }

    @Test
    void sniWithoutAHostIsRefusedOnTheSslSide() {
        BindingDialogViewModel d = addToBlog();
        d.typeProperty().set("https");
        d.portProperty().set("443");
        d.flagProperty(Binding.SSL_SNI).set(true);
        assertThat(d.hostCheck().level()).isEqualTo("error");
        assertThat(d.invalidProperty().get()).isTrue();
    }

    @Test
    void editingKeepsUnknownFlagBitsAndWritesTheSwitches() {
        h.workspace.push(org.sitebinder.editing.Edits.editBinding(h.workspace.current(), new BindingRef(1, 1),
                new Binding("https", "*:443:shop.example", Binding.SSL_SNI | 256)));
        BindingDialogViewModel d = h.vm.bindingDialog(new BindingRef(1, 1));
        assertThat(d.title()).isEqualTo("Edit Site Binding");
        assertThat(d.flagProperty(Binding.SSL_SNI).get()).isTrue();
        d.flagProperty(Binding.SSL_DISABLE_QUIC).set(true);
        assertThat(d.commit()).isTrue();
        assertThat(h.workspace.current().sites().get(1).bindings().get(1).sslFlags())
                .isEqualTo(Binding.SSL_SNI | Binding.SSL_DISABLE_QUIC | 256);
    }

    @Test
    void aTypedIpv6AddressGetsBracketsAndTheChoicesAreTheAddressesInUse() {
        BindingDialogViewModel d = addToBlog();
        assertThat(d.ipChoices()).containsExactly("All Unassigned", "10.0.0.5");
        d.ipProperty().set("fe80::1");
        assertThat(d.candidate().bindingInformation()).isEqualTo("[fe80::1]:80:");
        d.ipProperty().set("10.0.0.300");
        assertThat(d.ipCheck().level()).isEqualTo("error");
        assertThat(d.invalidProperty().get()).isTrue();
    }

    @Test
    void movingAnHttpsBindingOffASharedRecordNamesTheOtherSitesFirst() {
        BindingDialogViewModel d = h.vm.bindingDialog(new BindingRef(0, 1));
        d.portProperty().set("8443");
        assertThat(d.commit()).isFalse();
        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(vm ->
                assertThat(vm.rows()).extracting(org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow::site).contains("Shop"));
        assertThat(h.workspace.current().sites().get(0).bindings().get(1).bindingInformation()).isEqualTo("*:443:");
    }

    @Test
    void anInvalidHostIsShownOnTheHostField() {
        BindingDialogViewModel d = addToBlog();
        d.hostProperty().set("www.*.contoso.com");
        assertThat(d.hostCheck().message()).isNotEmpty();
        assertThat(d.invalidProperty().get()).isTrue();
    }
}
