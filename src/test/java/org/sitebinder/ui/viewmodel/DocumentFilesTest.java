package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitebinder.domain.SiteState;
import org.sitebinder.editing.Edits;
import org.sitebinder.persistence.LoadedDocument;
import org.sitebinder.persistence.json.JsonDocumentStore;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.Prompts.SaveChoice;

class DocumentFilesTest {
    @TempDir
    Path dir;
    private final Harness h = new Harness(Fixtures.web01());
    private final boolean[] closed = {false};

    private void edit() {
        h.workspace.push(Edits.setState(h.workspace.current(), 0, SiteState.STOPPED));
    }

    @Test
    void closingACleanDocumentDoesNotAsk() {
        h.files.requestClose(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(h.prompts.asked).isEmpty();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        edit();
        h.prompts.saveChoice = SaveChoice.CANCEL;
        h.files.requestClose(() -> closed[0] = true);
        assertThat(h.prompts.asked).containsExactly("save changes to demo");
        assertThat(closed[0]).isFalse();

        h.prompts.saveChoice = SaveChoice.DISCARD;
        h.files.requestClose(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
    }

    @Test
    void savingOnCloseWritesJsonThenCloses() throws Exception {
        edit();
        h.prompts.saveChoice = SaveChoice.SAVE;
        h.prompts.saveTarget = dir.resolve("web01.json");
        h.files.requestClose(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(h.prompts.asked).contains("save as demo.json");
        assertThat(new JsonDocumentStore().read(Files.readAllBytes(dir.resolve("web01.json")), null).sites().get(0).state())
                .isEqualTo(SiteState.STOPPED);
        assertThat(h.workspace.dirtyProperty().get()).isFalse();
        assertThat(h.vm.titleProperty().get()).isEqualTo("Sitebinder — WEB01 (web01.json)");
        assertThat(h.files.recent().files()).containsExactly(dir.resolve("web01.json").toAbsolutePath());
    }

    @Test
    void anApplicationHostConfigIsNeverWrittenOver() throws Exception {
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, "<configuration/>");
        h.open(Fixtures.web01(), config, LoadedDocument.Kind.APPLICATION_HOST_CONFIG);
        edit();
        h.prompts.saveTarget = config;
        h.files.save(() -> { });
        assertThat(h.prompts.asked).contains("save as applicationHost.json");
        assertThat(h.prompts.errors).singleElement().asString().contains("never writes over it");
        assertThat(Files.readString(config)).isEqualTo("<configuration/>");
        assertThat(h.workspace.dirtyProperty().get()).isTrue();
    }

    @Test
    void aFileChangedOnDiskIsOnlyOverwrittenWhenTheAdminSaysSo() throws Exception {
        Path file = dir.resolve("web01.json");
        JsonDocumentStore store = new JsonDocumentStore();
        h.prompts.saveTarget = file;
        edit();
        h.files.saveAs(() -> { });
        Files.writeString(file, Files.readString(file).replace("WEB01", "WEB02"));
        edit2();

        h.prompts.confirmations.push(false);
        h.files.save(() -> { });
        assertThat(h.prompts.asked).last().asString().startsWith("File changed on disk");
        assertThat(Files.readString(file)).contains("WEB02");
        assertThat(h.workspace.dirtyProperty().get()).isTrue();

        h.prompts.confirmations.push(true);
        h.files.save(() -> { });
        assertThat(store.read(Files.readAllBytes(file), file).serverName()).isEqualTo("WEB01");
        assertThat(h.workspace.dirtyProperty().get()).isFalse();
    }

    private void edit2() {
        h.workspace.push(Edits.setState(h.workspace.current(), 1, SiteState.STOPPED));
    }

    @Test
    void aBrokenFileGivesOneLineAndKeepsTheDocument() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"serverName\": ");
        Harness json = new Harness(Fixtures.web01(), (file, listing) -> new JsonDocumentStore().load(file));
        json.files.openFile(bad, null);
        assertThat(json.prompts.errors).singleElement().asString().startsWith("Cannot open bad.json: ").doesNotContain("\n\tat ");
        assertThat(json.workspace.current().serverName()).isEqualTo("WEB01");
    }
}
