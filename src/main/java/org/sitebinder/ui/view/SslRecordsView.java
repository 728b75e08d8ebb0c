package org.sitebinder.ui.view;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.sitebinder.ui.viewmodel.CertificateChoice;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.ServerViewModel.SslRecordRow;

/** The "SSL bindings" page: http.sys's certificate records, the sites each serves, and changing or removing one. */
public final class SslRecordsView {
    private final MainViewModel vm;
    @FXML private VBox root;
    @FXML private Button addRecord;
    @FXML private Button changeCertificate;
    @FXML private Button removeRecord;
    @FXML private TableView<SslRecordRow> table;
    @FXML private TableColumn<SslRecordRow, String> keyColumn;
    @FXML private TableColumn<SslRecordRow, String> kindColumn;
    @FXML private TableColumn<SslRecordRow, String> sitesColumn;
    @FXML private TableColumn<SslRecordRow, String> certColumn;
    @FXML private TableColumn<SslRecordRow, String> storeColumn;
    @FXML private TableColumn<SslRecordRow, String> appColumn;

    public SslRecordsView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.pageProperty().isEqualTo(Page.SSL_RECORDS));
        table.setItems(vm.server().records());
        table.setPlaceholder(new Label("No SSL records known. Open the document with an SSL listing (netsh http show sslcert)."));
        Columns.text(keyColumn, SslRecordRow::key);
        Columns.text(kindColumn, SslRecordRow::kind);
        Columns.text(sitesColumn, SslRecordRow::sites);
        Columns.text(certColumn, SslRecordRow::certificate);
        Columns.text(storeColumn, SslRecordRow::store);
        Columns.text(appColumn, SslRecordRow::application);
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        changeCertificate.disableProperty().bind(none.or(Bindings.isEmpty(vm.server().certificates())));
        removeRecord.disableProperty().bind(none);
    }

    /** Add…: an endpoint typed as netsh prints it, and a certificate of the document; refused input asks again. */
    @FXML
    private void addRecord() {
        AddSslRecordDialog dialog = new AddSslRecordDialog(vm.certificateChoices());
        dialog.initOwner(root.getScene().getWindow());
        dialog.setOnCloseRequest(e -> {
            if (dialog.confirmed()) {
                vm.addRecord(dialog.key(), dialog.certificate()).ifPresent(problem -> {
                    dialog.showProblem(problem);
                    e.consume();
                });
            }
        });
        dialog.showAndWait();
    }

    @FXML
    private void changeCertificate() {
        SslRecordRow row = table.getSelectionModel().getSelectedItem();
        List<CertificateChoice> choices = vm.certificateChoices();
        if (row == null || choices.isEmpty()) {
            return;
        }
        CertificateChoice current = choices.stream().filter(c -> c.is(row.certificate())).findFirst().orElse(choices.get(0));
        ChoiceDialog<CertificateChoice> dialog = new ChoiceDialog<>(current, choices);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Change Certificate");
        dialog.setHeaderText("Certificate of SSL record " + row.key());
        dialog.setContentText("SSL certificate:");
        dialog.showAndWait().filter(c -> !c.is(row.certificate())).ifPresent(c -> vm.changeRecordCertificate(row, c));
    }

    @FXML
    private void removeRecord() {
        SslRecordRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.removeRecord(row);
        }
    }
}
