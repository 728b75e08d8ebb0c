package org.sitebinder.ui.view;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;

/** The server's home page: what the document holds, at a glance. */
public final class ServerPageView {
    private final MainViewModel vm;
    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private Label summary;

    public ServerPageView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.pageProperty().isEqualTo(Page.SERVER));
        heading.textProperty().bind(Bindings.concat(vm.server().serverNameProperty(), " Home"));
        summary.textProperty().bind(vm.server().summaryProperty());
    }
}
