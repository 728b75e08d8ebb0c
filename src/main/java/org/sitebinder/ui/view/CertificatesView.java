package org.sitebinder.ui.view;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.ServerViewModel.CertificateRow;

/** The Certificates page: expired ones in red, those about to expire in amber, and Import…. */
public final class CertificatesView {
    private final MainViewModel vm;
    @FXML private VBox root;
    @FXML private TableView<CertificateRow> table;
    @FXML private TableColumn<CertificateRow, String> nameColumn;
    @FXML private TableColumn<CertificateRow, String> sansColumn;
    @FXML private TableColumn<CertificateRow, String> expiresColumn;
    @FXML private TableColumn<CertificateRow, String> issuerColumn;
    @FXML private TableColumn<CertificateRow, String> thumbprintColumn;

    public CertificatesView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.pageProperty().isEqualTo(Page.CERTIFICATES));
        table.setItems(vm.server().certificates());
        table.setPlaceholder(new Label("The document lists no certificates. Import… adds them from .cer, .pem or .pfx files."));
        Columns.text(nameColumn, CertificateRow::name);
        Columns.text(sansColumn, CertificateRow::sans);
        Columns.text(expiresColumn, CertificateRow::expires);
        Columns.text(issuerColumn, CertificateRow::issuer);
        Columns.text(thumbprintColumn, CertificateRow::thumbprint);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CertificateRow item, boolean empty) {
                super.updateItem(item, empty);
                Styles.level(this, empty || item == null ? "" : item.level());
            }
        });
    }

    @FXML
    private void importCertificates() {
        vm.importCertificates();
    }
}
