package org.sitebinder.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.engine.BindingRef;

class EditsTest {

    private final ServerDocument doc = ServerDocument.ofSites("WEB01", List.of(
            new Site(1L, "Shop", List.of(Binding.of("http", "*:80:shop.example"), Binding.of("https", "*:443:shop.example")))));

    @Test
    void addAndRemoveBindingRevertToTheOriginal() {
        Command add = Edits.addBinding(doc, 0, Binding.of("http", "*:8080:"));
        ServerDocument after = add.apply(doc);
        assertThat(after.sites().get(0).bindings()).hasSize(3);
        assertThat(add.revert(after)).isSameAs(doc);

        Command remove = Edits.removeBinding(doc, new BindingRef(0, 0));
        assertThat(remove.label()).isEqualTo("Remove binding http *:80:shop.example from 'Shop'");
        assertThat(remove.apply(doc).sites().get(0).bindings()).containsExactly(Binding.of("https", "*:443:shop.example"));
    }

    @Test
    void reservedPortsAreReplaced() {
        Command c = Edits.setReservedPorts(doc, List.of(new ReservedPort(8080, "WinGate")));
        assertThat(c.apply(doc).reservedPorts()).containsExactly(new ReservedPort(8080, "WinGate"));
    }

    @Test
    void aCommandRefusesARevisionItWasNotMadeFor() {
        Command c = Edits.deleteSite(doc, 0);
        assertThatThrownBy(() -> c.apply(ServerDocument.empty("OTHER"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void commandsOnDifferentFieldsDoNotMerge() {
        Command a = Edits.setSiteField(doc, 0, Edits.SiteField.NAME, "A");
        Command b = Edits.setSiteField(a.apply(doc), 0, Edits.SiteField.APPLICATION_POOL, "Pool");
        assertThatThrownBy(() -> a.coalesce(b)).isInstanceOf(IllegalArgumentException.class);
    }
}
