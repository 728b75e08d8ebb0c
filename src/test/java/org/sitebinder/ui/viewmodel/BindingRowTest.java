package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.ui.Fixtures;

/** What the bindings table shows in the host cell of the demo's Media site. */
class BindingRowTest {
    private final ServerDocument demo = Fixtures.demo();
    private final Harness h = new Harness(demo);

    private List<BindingRow> mediaRows() {
        List<Site> sites = demo.sites();
        int media = 0;
        while (!sites.get(media).name().equals("Media")) {
            media++;
        }
        h.vm.selectedSiteProperty().set(media);
        return h.vm.bindings().rows();
    }

    @Test
    void aMissingHostThatIsTheFaultSaysSoWhereAnAllowedEmptyHostStaysBlank() {
        BindingRow noHost = mediaRows().stream().filter(r -> r.host().isEmpty()).findFirst().orElseThrow();

        assertThat(noHost.cellLevel(BindingColumn.HOST)).isEqualTo("error");
        assertThat(noHost.hostText()).isEqualTo("(no host name)");
        assertThat(mediaRows()).filteredOn(r -> !r.host().isEmpty()).allSatisfy(r -> assertThat(r.hostText()).isEqualTo(r.host()));
    }

    @Test
    void anEmptyHostThatIsNoFaultIsBlankAsInIisManager() {
        int index = 0;
        while (!demo.sites().get(index).name().equals("Default Web Site")) {
            index++;
        }
        h.vm.selectedSiteProperty().set(index);

        BindingRow anyHost = h.vm.bindings().rows().stream()
                .filter(r -> r.host().isEmpty() && r.type().equals("http")).findFirst().orElseThrow();

        assertThat(anyHost.cellLevel(BindingColumn.HOST)).isEmpty();
        assertThat(anyHost.hostText()).isEmpty();
    }
}
