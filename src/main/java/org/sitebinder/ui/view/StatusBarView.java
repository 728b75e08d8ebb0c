package org.sitebinder.ui.view;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.sitebinder.ui.viewmodel.MainViewModel;

/** The status bar: the file, whether it has unsaved changes, what is running, and the finding counts. */
public final class StatusBarView {
    private final MainViewModel vm;
    @FXML private Label file;
    @FXML private Label dirty;
    @FXML private Label busy;
    @FXML private Label counts;

    public StatusBarView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.workspace().fileProperty().get() == null
                        ? vm.workspace().nameProperty().get() : vm.workspace().fileProperty().get().toString(),
                vm.workspace().fileProperty(), vm.workspace().nameProperty()));
        dirty.visibleProperty().bind(vm.workspace().dirtyProperty());
        dirty.managedProperty().bind(dirty.visibleProperty());
        busy.textProperty().bind(vm.tasks().busyProperty());
        counts.textProperty().bind(vm.findings().countsProperty());
    }
}
