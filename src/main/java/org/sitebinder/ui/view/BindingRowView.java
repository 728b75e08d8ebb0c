package org.sitebinder.ui.view;

import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.sitebinder.ui.viewmodel.BindingRow;

/** A Bindings table row: the worst severity of the binding's findings as a pseudo-class, their messages as the tooltip. */
final class BindingRowView extends TableRow<BindingRow> {
    private final Tooltip tip = new Tooltip();

    BindingRowView() {
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
    }

    @Override
    protected void updateItem(BindingRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            Styles.level(this, "");
            setTooltip(null);
            return;
        }
        Styles.level(this, row.level());
        if (row.tooltip().isEmpty()) {
            setTooltip(null);
        } else {
            tip.setText(row.tooltip());
            setTooltip(tip);
        }
    }
}
