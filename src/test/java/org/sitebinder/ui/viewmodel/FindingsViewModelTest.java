package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.editing.Edits;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.ui.Fixtures;

/** The Findings panel after each edit lists exactly the findings of the document, in report order. */
class FindingsViewModelTest {
    private static final String[] INFOS = {"*:80:", "*:443:", "*:80:shop.example", "*:8080:", "10.0.0.5:80:", "*:8081:blog.example"};

    @Test
    void afterEveryEditUndoAndRedoTheRowsAreTheFindingsOfTheDocument() {
        Harness h = new Harness(Fixtures.demo());
        Random random = new Random(7);
        for (int step = 0; step < 300; step++) {
            ServerDocument doc = h.workspace.current();
            int s = random.nextInt(doc.sites().size());
            Site site = doc.sites().get(s);
            switch (random.nextInt(5)) {
                case 0 -> h.workspace.push(Edits.setState(doc, s, site.started() ? SiteState.STOPPED : SiteState.STARTED));
                case 1 -> h.vm.undo();
                case 2 -> h.vm.redo();
                default -> {
                    if (site.bindings().isEmpty()) {
                        h.workspace.push(Edits.addBinding(doc, s, Binding.of("http", INFOS[random.nextInt(INFOS.length)])));
                    } else {
                        int b = random.nextInt(site.bindings().size());
                        String protocol = random.nextBoolean() ? "http" : site.bindings().get(b).protocol();
                        h.workspace.push(Edits.editBinding(doc, new BindingRef(s, b),
                                new Binding(protocol, INFOS[random.nextInt(INFOS.length)], site.bindings().get(b).sslFlags())));
                    }
                }
            }
            List<FindingRow> after = h.vm.findings().visibleRows();
            assertThat(after).extracting(FindingRow::finding).as("step %d", step)
                    .containsExactlyElementsOf(h.workspace.findingsProperty().get().findings().all());
        }
    }
}
