package org.sitebinder.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sitebinder.ui.view.ssl.SharedEndpointDialog;
import org.sitebinder.ui.viewmodel.Prompts;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/** The view models' questions as JavaFX alerts and file choosers, owned by the main window. */
public final class FxPrompts implements Prompts {
    private final Supplier<Window> owner;
    private File lastFolder;

    public FxPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Sitebinder", "Save changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.");
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, message);
        alert.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public Optional<Path> chooseDocumentToOpen() {
        FileChooser chooser = chooser("Open");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Sitebinder documents and applicationHost.config", "*.json", "*.config"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseNetshListing() {
        FileChooser chooser = chooser("Open the output of 'netsh http show sslcert'");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.log"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseJsonToSave(String suggestedName) {
        FileChooser chooser = chooser("Save As");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Sitebinder documents", "*.json"));
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(label);
        dialog.setContentText(null);
        dialog.getDialogPane().setPrefWidth(480);
        return dialog.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message).showAndWait();
    }

    @Override
    public Optional<Path> chooseCertificateFile() {
        FileChooser chooser = chooser("Import Certificate");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Certificates", "*.cer", "*.crt", "*.pem", "*.der", "*.pfx", "*.p12"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        PasswordField field = new PasswordField();
        field.setId("password");
        field.setPrefColumnCount(28);
        Label label = new Label("_Password:");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        VBox box = new VBox(6, label, field);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Optional<char[]> answer = dialog.showAndWait();
        field.clear();
        return answer;
    }

    @Override
    public Choice confirmSharedEndpoint(SharedEndpointViewModel vm) {
        SharedEndpointDialog dialog = new SharedEndpointDialog(vm);
        dialog.initOwner(owner.get());
        return dialog.showAndWait().orElse(Choice.CANCEL);
    }

    /** An information message (About). */
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, "Sitebinder", "Sitebinder", message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (message == null || message.isEmpty()) {
            // a question that is all header: no empty band under it
            alert.getDialogPane().setContent(null);
            alert.setContentText(null);
            return alert;
        }
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
