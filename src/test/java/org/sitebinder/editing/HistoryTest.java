package org.sitebinder.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.editing.Edits.SiteField;
import org.sitebinder.engine.BindingRef;

class HistoryTest {

    private final ServerDocument start = ServerDocument.ofSites("WEB01", List.of(
            new Site(1L, "Shop", List.of(Binding.of("http", "*:80:shop.example"))),
            new Site(2L, "Blog", List.of(Binding.of("http", "*:80:blog.example")))));
    private final History history = new History(start);

    @Test
    void undoAndRedoMoveBetweenRevisionValues() {
        history.push(Edits.editBinding(start, new BindingRef(0, 0), Binding.of("http", "*:8080:shop.example")));
        ServerDocument edited = history.current();

        history.undo();
        assertThat(history.current()).isSameAs(start);
        assertThat(history.redoLabel()).isEqualTo("Edit binding http *:8080:shop.example of 'Shop'");

        history.redo();
        assertThat(history.current()).isSameAs(edited);
        assertThat(edited.sites().get(0).bindings().get(0).address().port()).isEqualTo(8080);
    }

    @Test
    void anEditLeavesOtherSitesAsTheSameObjects() {
        history.push(Edits.setState(start, 0, SiteState.STOPPED));
        assertThat(history.current().sites().get(1)).isSameAs(start.sites().get(1));
        assertThat(history.current().sites().get(0).state()).isEqualTo(SiteState.STOPPED);
    }

    @Test
    void aNewEditClearsRedo() {
        history.push(Edits.setState(start, 0, SiteState.STOPPED));
        history.undo();
        history.push(Edits.deleteSite(history.current(), 1));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoLabel()).isEqualTo("Delete site 'Blog'");
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        history.push(Edits.setSiteField(history.current(), 0, SiteField.NAME, "S"));
        history.push(Edits.setSiteField(history.current(), 0, SiteField.NAME, "Sh"));
        history.push(Edits.setSiteField(history.current(), 0, SiteField.NAME, "Shop2"));
        assertThat(history.current().sites().get(0).name()).isEqualTo("Shop2");

        history.undo();
        assertThat(history.current()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void twoBindingDialogEditsAreTwoSteps() {
        history.push(Edits.editBinding(history.current(), new BindingRef(0, 0), Binding.of("http", "*:81:shop.example")));
        history.push(Edits.editBinding(history.current(), new BindingRef(0, 0), Binding.of("http", "*:82:shop.example")));
        history.undo();
        assertThat(history.current().sites().get(0).bindings().get(0).bindingInformation()).isEqualTo("*:81:shop.example");
    }

    @Test
    void editsOfDifferentFieldsStaySeparate() {
        history.push(Edits.setSiteField(history.current(), 0, SiteField.NAME, "Store"));
        history.push(Edits.setSiteField(history.current(), 0, SiteField.PHYSICAL_PATH, "D:\\store"));
        history.undo();
        assertThat(history.current().sites().get(0).name()).isEqualTo("Store");
        assertThat(history.current().sites().get(0).physicalPath()).isEmpty();
    }

    @Test
    void savingSeparatesEditsOfOneFieldAndMakesTheDocumentClean() {
        history.push(Edits.setSiteField(history.current(), 0, SiteField.NAME, "Store"));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();

        history.push(Edits.setSiteField(history.current(), 0, SiteField.NAME, "Stores"));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.current().sites().get(0).name()).isEqualTo("Store");
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void revisionCountsEveryChangeAndListenersHearIt() {
        int[] heard = {0};
        history.addListener(() -> heard[0]++);
        long r0 = history.revision();
        history.push(Edits.setState(start, 0, SiteState.STOPPED));
        history.undo();
        history.redo();
        assertThat(history.revision()).isEqualTo(r0 + 3);
        assertThat(heard[0]).isEqualTo(3);
    }

    @Test
    void anEditToTheSameValueIsNotAStep() {
        history.push(Edits.setState(start, 0, SiteState.STARTED));
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void aListenerCannotChangeTheDocumentWhileAChangeIsReported() {
        history.addListener(() -> history.push(Edits.deleteSite(history.current(), 0)));
        assertThatThrownBy(() -> history.push(Edits.setState(start, 0, SiteState.STOPPED)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resetStartsCleanWithoutSteps() {
        history.push(Edits.setState(start, 0, SiteState.STOPPED));
        ServerDocument other = ServerDocument.empty("WEB02");
        history.reset(other);
        assertThat(history.current()).isSameAs(other);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }
}
