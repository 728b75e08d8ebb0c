package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.json.JsonDocumentStore;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow;

/** The demo server WEB01, where Default Web Site, Shop, Api and Docs all reach 0.0.0.0:443. */
class SharedEndpointWiringTest {
    private final ServerDocument demo = demo();
    private final Harness h = new Harness(demo);

    static ServerDocument demo() {
        try (InputStream in = SharedEndpointWiringTest.class.getResourceAsStream("/org/sitebinder/app/demo.json")) {
            return new JsonDocumentStore().read(in.readAllBytes(), Path.of("demo.json"));
        } catch (IOException | DocumentFormatException e) {
            throw new IllegalStateException(e);
        }
    }

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
}
