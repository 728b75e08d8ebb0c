package org.sitebinder.ui.view;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.control.action.ActionUtils;
import org.sitebinder.ui.viewmodel.BindingColumn;
import org.sitebinder.ui.viewmodel.BindingRow;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;

/** The Site page: the site's properties and its Bindings table, conflicts marked on rows and cells. */
public final class SitePageView {
    private final MainViewModel vm;
    private final MainActions actions;
    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private Label bindingsHint;
    @FXML private PropertySheet sheet;
    @FXML private TableView<BindingRow> table;
    @FXML private TableColumn<BindingRow, BindingRow> typeColumn;
    @FXML private TableColumn<BindingRow, BindingRow> hostColumn;
    @FXML private TableColumn<BindingRow, BindingRow> portColumn;
    @FXML private TableColumn<BindingRow, BindingRow> ipColumn;
    @FXML private TableColumn<BindingRow, BindingRow> certColumn;
    @FXML private TableColumn<BindingRow, BindingRow> sniColumn;
    @FXML private TableColumn<BindingRow, BindingRow> statusColumn;
    private boolean syncing;

    public SitePageView(MainViewModel vm, MainActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.pageProperty().isEqualTo(Page.SITE));
        heading.textProperty().bind(Bindings.concat("Site '", vm.properties().nameProperty(), "'"));
        sheet.getItems().setAll(vm.properties().fields().stream().map(PropertyItem::new).toList());
        column(typeColumn, BindingColumn.TYPE, BindingRow::type);
        column(hostColumn, BindingColumn.HOST, BindingRow::hostText);
        column(portColumn, BindingColumn.PORT, BindingRow::port);
        column(ipColumn, BindingColumn.IP, BindingRow::ip);
        column(certColumn, BindingColumn.CERTIFICATE, BindingRow::certificate);
        column(sniColumn, BindingColumn.SNI_CCS, BindingRow::sniCcs);
        column(statusColumn, BindingColumn.STATUS, BindingRow::status);
        table.setItems(vm.bindings().rows());
        table.setRowFactory(t -> {
            BindingRowView row = new BindingRowView();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.editBinding.handle(null);
                }
            });
            return row;
        });
        // a filter, because TableView's own F2 (start editing) would swallow the menu accelerator
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && !actions.editBinding.isDisabled()) {
                actions.editBinding.handle(null);
                e.consume();
            }
        });
        table.setContextMenu(ActionUtils.createContextMenu(List.of(actions.addBinding, actions.editBinding,
                actions.removeBinding)));
        table.setPlaceholder(new Label("No bindings. Add one with Add Binding…"));
        bindingsHint.textProperty().bind(Bindings.createStringBinding(
                () -> vm.bindings().rows().size() + (vm.bindings().rows().size() == 1 ? " binding" : " bindings"),
                vm.bindings().rows()));
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!syncing) {
                vm.selectedBindingProperty().set(now.intValue());
            }
        });
        vm.selectedBindingProperty().addListener((o, old, now) -> select(now.intValue()));
        select(vm.selectedBindingProperty().get());
    }

    private void select(int index) {
        syncing = true;
        try {
            if (index < 0 || index >= table.getItems().size()) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private static void column(TableColumn<BindingRow, BindingRow> c, BindingColumn which, Function<BindingRow, String> text) {
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new BindingCell(which, text));
        c.setSortable(false);
    }
}
