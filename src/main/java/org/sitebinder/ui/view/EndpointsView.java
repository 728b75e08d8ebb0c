package org.sitebinder.ui.view;

import javafx.fxml.FXML;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import org.sitebinder.ui.viewmodel.EndpointRow;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;

/** View › Endpoints: every IP:port with its bindings, sites and SSL record; those with findings first and marked. */
public final class EndpointsView {
    private final MainViewModel vm;
    @FXML private VBox root;
    @FXML private TableView<EndpointRow> table;
    @FXML private TableColumn<EndpointRow, String> endpointColumn;
    @FXML private TableColumn<EndpointRow, String> bindingsColumn;
    @FXML private TableColumn<EndpointRow, String> sitesColumn;
    @FXML private TableColumn<EndpointRow, String> recordColumn;

    public EndpointsView(MainViewModel vm) {
        this.vm = vm;
    }

    /** Several bindings, one a line: a label sized to its lines, so the row grows to fit instead of cutting the last one. */
    private static final class MultiLineCell extends TableCell<EndpointRow, String> {
        private final Text text = new Text();

        MultiLineCell() {
            text.getStyleClass().add("multi-line-text");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty ? null : value);
            setGraphic(empty ? null : text);
        }
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.pageProperty().isEqualTo(Page.ENDPOINTS));
        table.setItems(vm.endpoints().rows());
        table.setPlaceholder(new Label("No site listens on a port."));
        Columns.text(endpointColumn, EndpointRow::endpoint);
        Columns.text(bindingsColumn, r -> String.join("\n", r.bindings()));
        Columns.text(sitesColumn, r -> String.join(", ", r.sites()));
        bindingsColumn.setCellFactory(c -> new MultiLineCell());
        Columns.text(recordColumn, EndpointRow::sslRecord);
        endpointColumn.setCellFactory(c -> new TableCell<>() {
            private final Label icon = Icons.severity("");

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                EndpointRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                Icons.setSeverity(icon, row == null ? "" : row.level());
                setGraphic(row == null || row.level().isEmpty() ? null : icon);
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EndpointRow row, boolean empty) {
                super.updateItem(row, empty);
                Styles.level(this, empty || row == null ? "" : row.level());
                if (empty || row == null || row.messages().isEmpty()) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(String.join("\n\n", row.messages()));
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                    setTooltip(tip);
                }
            }
        });
    }
}
