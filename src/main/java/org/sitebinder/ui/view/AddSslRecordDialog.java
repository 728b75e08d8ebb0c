package org.sitebinder.ui.view;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sitebinder.ui.viewmodel.CertificateChoice;

/** "Add SSL Record": the endpoint as netsh prints it and the certificate, like {@code netsh http add sslcert}. */
final class AddSslRecordDialog extends Dialog<ButtonType> {
    private final TextField key = new TextField();
    private final ComboBox<CertificateChoice> certificate = new ComboBox<>();
    private final Label problem = new Label();
    private boolean okPressed;

    AddSslRecordDialog(List<CertificateChoice> certificates) {
        setTitle("Add SSL Record");
        setHeaderText("A certificate for every HTTPS binding this endpoint serves");
        key.setId("sslRecordKey");
        key.setPromptText("0.0.0.0:443");
        certificate.setId("sslRecordCertificate");
        certificate.getItems().setAll(certificates);
        certificate.setMaxWidth(Double.MAX_VALUE);
        problem.getStyleClass().add("field-message");
        problem.pseudoClassStateChanged(Styles.ERROR, true);
        problem.setWrapText(true);
        problem.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Endpoint:"), key);
        grid.add(new Label("Example: 0.0.0.0:443, [::]:443, 10.0.0.5:443, www.contoso.com:443, or 443 for the Central Certificate Store"), 1, 1);
        grid.addRow(2, new Label("SSL certificate:"), certificate);
        grid.add(problem, 1, 3);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> okPressed = true);
        setResultConverter(b -> b);
        setOnShown(e -> key.requestFocus());
    }

    boolean confirmed() {
        boolean ok = okPressed && getResult() != null && getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE;
        okPressed = false;
        return ok;
    }

    String key() {
        return key.getText();
    }

    CertificateChoice certificate() {
        return certificate.getValue();
    }

    void showProblem(String text) {
        problem.setText(text);
    }
}
