package org.sitebinder.ui.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.sitebinder.ui.viewmodel.FindingRow;
import org.sitebinder.ui.viewmodel.FindingsViewModel;
import org.sitebinder.ui.viewmodel.MainViewModel;

/** The Findings panel: one row per conflict group; double-click or Enter shows its site and binding. */
public final class FindingsView {
    private final MainViewModel vm;
    @FXML private Label counts;
    @FXML private ComboBox<FindingsViewModel.Filter> filter;
    @FXML private TableView<FindingRow> table;
    @FXML private TableColumn<FindingRow, FindingRow> severityColumn;
    @FXML private TableColumn<FindingRow, String> codeColumn;
    @FXML private TableColumn<FindingRow, String> messageColumn;
    @FXML private TableColumn<FindingRow, String> sitesColumn;
    @FXML private TableColumn<FindingRow, String> endpointColumn;

    public FindingsView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        FindingsViewModel findings = vm.findings();
        counts.textProperty().bind(findings.countsProperty());
        filter.getItems().setAll(FindingsViewModel.Filter.values());
        filter.valueProperty().bindBidirectional(findings.filterProperty());
        table.setItems(findings.visibleRows());
        Label empty = new Label();
        empty.textProperty().bind(findings.placeholderProperty());
        table.setPlaceholder(empty);
        severityColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        severityColumn.setCellFactory(c -> new SeverityCell());
        severityColumn.setSortable(false);
        text(codeColumn, FindingRow::codeText);
        text(messageColumn, FindingRow::message);
        text(sitesColumn, FindingRow::sites);
        text(endpointColumn, FindingRow::endpoint);
        messageColumn.setCellFactory(c -> new MessageCell());
        table.setRowFactory(t -> {
            TableRow<FindingRow> row = new TableRow<>() {
                @Override
                protected void updateItem(FindingRow item, boolean empty) {
                    super.updateItem(item, empty);
                    Styles.level(this, empty || item == null ? "" : item.level());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.reveal(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            FindingRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                vm.reveal(selected);
                e.consume();
            }
        });
    }

    private static void text(TableColumn<FindingRow, String> c, Function<FindingRow, String> value) {
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
    }

    private static final class SeverityCell extends TableCell<FindingRow, FindingRow> {
        private final Label icon = Icons.severity("");

        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Icons.setSeverity(icon, row.level());
            setGraphic(icon);
        }
    }

    /** The message, whole in a tooltip: it names the other sites and says what to do. */
    private static final class MessageCell extends TableCell<FindingRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            if (empty || text == null) {
                setTooltip(null);
            } else {
                Tooltip tip = new Tooltip(text);
                tip.setWrapText(true);
                tip.setMaxWidth(520);
                setTooltip(tip);
            }
        }
    }
}
