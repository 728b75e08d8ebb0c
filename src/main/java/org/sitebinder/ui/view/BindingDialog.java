package org.sitebinder.ui.view;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.sitebinder.ui.viewmodel.BindingDialogViewModel;

/** Opens the Add / Edit Site Binding dialog; OK applies the binding through the view model, or keeps the dialog open. */
public final class BindingDialog {

    private BindingDialog() {
    }

    public static Dialog<ButtonType> open(Window owner, BindingDialogViewModel vm) {
        DialogPane pane = (DialogPane) new ViewFactory()
                .register(BindingDialogView.class, () -> new BindingDialogView(vm))
                .load("BindingDialogView.fxml");
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(vm.title());
        dialog.setDialogPane(pane);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        ok.disableProperty().bind(vm.invalidProperty().or(vm.checkingProperty()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.commit()) {
                e.consume();
            }
        });
        // messages appear and disappear under the fields: let the window follow its content
        vm.checkRevisionProperty().addListener((o, old, now) -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                pane.getScene().getWindow().sizeToScene();
            }
        });
        dialog.show();
        return dialog;
    }
}
