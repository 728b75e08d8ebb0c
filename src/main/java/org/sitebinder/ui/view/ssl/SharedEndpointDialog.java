package org.sitebinder.ui.view.ssl;

import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/**
 * Asks before an operation touches an SSL record that other sites use (KB 2405568), listing every
 * one of them. Only binds and forwards: the wording, the choices and the answer live in the view model.
 */
public final class SharedEndpointDialog extends Dialog<Choice> {
    private final SharedEndpointViewModel vm;
    private ButtonType changeForAll;
    private ButtonType useSni;
    private ButtonType delete;

    public SharedEndpointDialog(SharedEndpointViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        setTitle(title());
        DialogPane pane = getDialogPane();
        pane.getStyleClass().add("shared-endpoint-dialog");
        pane.getStylesheets().add(Objects.requireNonNull(SharedEndpointDialog.class.getResource("SharedEndpointDialog.css"))
                .toExternalForm());
        pane.setHeader(header());
        pane.setContent(content());
        addButtons(pane);
        setResizable(true);
        setResultConverter(this::answer);
    }

    private HBox header() {
        Label headline = new Label(vm.headline());
        headline.setId("headline");
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        HBox header = new HBox(WarningIcon.create(), headline);
        header.getStyleClass().add("dialog-header");
        HBox.setHgrow(headline, Priority.ALWAYS);
        return header;
    }

    private VBox content() {
        VBox box = new VBox();
        box.getStyleClass().add("dialog-body");
        if (!vm.question().isEmpty()) {
            box.getChildren().add(text("question", vm.question()));
        }
        Label explanation = text("explanation", "");
        explanation.textProperty().bind(vm.explanationProperty());
        box.getChildren().addAll(explanation, new AffectedSitesTable(vm.rows()));
        if (vm.sniOffered()) {
            box.getChildren().add(text("sni-explanation", vm.sniExplanation()));
        }
        if (vm.removeRecordTooOffered()) {
            CheckBox removeToo = new CheckBox("Also remove the SSL record");
            removeToo.setId("remove-record-too");
            removeToo.selectedProperty().bindBidirectional(vm.removeRecordTooProperty());
            box.getChildren().add(removeToo);
        }
        return box;
    }

    private static Label text(String id, String value) {
        Label l = new Label(value);
        l.setId(id);
        l.getStyleClass().add(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private void addButtons(DialogPane pane) {
        if (vm.changeForAllOffered()) {
            changeForAll = new ButtonType(vm.changeForAllText(), ButtonData.OK_DONE);
            pane.getButtonTypes().add(changeForAll);
        }
        if (vm.sniOffered()) {
            useSni = new ButtonType(vm.sniText(), ButtonData.OTHER);
            pane.getButtonTypes().add(useSni);
        }
        if (vm.deleteOffered()) {
            delete = new ButtonType(vm.deleteText(), ButtonData.OK_DONE);
            pane.getButtonTypes().add(delete);
        }
        pane.getButtonTypes().add(ButtonType.CANCEL);
        id(pane, changeForAll, "change-for-all");
        id(pane, useSni, "use-sni");
        id(pane, delete, "delete");
        id(pane, ButtonType.CANCEL, "cancel");
        // Enter must not change every site's certificate by accident: Cancel is the default
        for (ButtonType type : pane.getButtonTypes()) {
            ((Button) pane.lookupButton(type)).setDefaultButton(type == ButtonType.CANCEL);
        }
    }

    private static void id(DialogPane pane, ButtonType type, String id) {
        if (type != null) {
            pane.lookupButton(type).setId(id);
        }
    }

    private Choice answer(ButtonType button) {
        if (button != null && button == changeForAll) {
            vm.chooseChangeForAll();
        } else if (button != null && button == useSni) {
            vm.chooseSni();
        } else if (button != null && button == delete) {
            vm.chooseDelete();
        } else {
            vm.cancel();
        }
        return vm.choice();
    }

    private String title() {
        return switch (vm.operation()) {
            case REMAP -> "Change SSL Certificate";
            case DELETE_SITE -> "Delete Site";
            case REMOVE_BINDING -> "Remove Binding";
            case REMOVE_RECORD -> "Remove SSL Record";
        };
    }
}
