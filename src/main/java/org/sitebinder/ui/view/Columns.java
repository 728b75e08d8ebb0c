package org.sitebinder.ui.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns over view-model rows. */
final class Columns {

    private Columns() {
    }

    static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
    }
}
