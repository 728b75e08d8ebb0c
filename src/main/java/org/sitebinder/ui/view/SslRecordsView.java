package org.sitebinder.ui.view;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.ServerViewModel.SslRecordRow;

/** The "SSL bindings" page: http.sys's certificate records. */
public final class SslRecordsView {
    private final MainViewModel vm;
    @FXML private VBox root;
    @FXML private TableView<SslRecordRow> table;
    @FXML private TableColumn<SslRecordRow, String> keyColumn;
    @FXML private TableColumn<SslRecordRow, String> kindColumn;
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
        Columns.text(certColumn, SslRecordRow::certificate);
        Columns.text(storeColumn, SslRecordRow::store);
        Columns.text(appColumn, SslRecordRow::application);
    }
}
