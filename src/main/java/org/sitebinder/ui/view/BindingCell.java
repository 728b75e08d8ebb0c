package org.sitebinder.ui.view;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.sitebinder.ui.viewmodel.BindingColumn;
import org.sitebinder.ui.viewmodel.BindingRow;

/** A cell of the Bindings table: marked {@code :error}/{@code :warning} when a finding puts this column at fault. */
final class BindingCell extends TableCell<BindingRow, BindingRow> {
    private final BindingColumn column;
    private final Function<BindingRow, String> text;
    private final Label icon = Icons.severity("");

    BindingCell(BindingColumn column, Function<BindingRow, String> text) {
        this.column = column;
        this.text = text;
        getStyleClass().addAll("binding-cell", "binding-cell-" + column.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    protected void updateItem(BindingRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            Styles.level(this, "");
            return;
        }
        setText(text.apply(row));
        String level = row.cellLevel(column);
        Styles.level(this, level);
        if (column == BindingColumn.STATUS) {
            Icons.setSeverity(icon, row.level());
            setGraphic(row.level().isEmpty() ? null : icon);
        }
    }
}
