package org.sitebinder.ui.view.ssl;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow;

/** The sites an operation reaches: Site, Binding, Record, Current certificate, New certificate. */
final class AffectedSitesTable extends TableView<SharedEndpointRow> {

    AffectedSitesTable(ObservableList<SharedEndpointRow> rows) {
        super(rows);
        setId("affected-sites");
        getStyleClass().add("affected-sites");
        setPlaceholder(new Label("No other site is affected."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(fixed("Site", SharedEndpointRow::site, 130));
        getColumns().add(fixed("Binding", SharedEndpointRow::binding, 210));
        getColumns().add(fixed("Record", SharedEndpointRow::record, 95));
        getColumns().add(fixed("Current certificate", SharedEndpointRow::currentCertificate, 250));
        getColumns().add(column("New certificate", SharedEndpointRow::newCertificateProperty, 250));
        setFixedCellSize(24);
        // tall enough for the rows, up to ten before it scrolls
        prefHeightProperty().bind(Bindings.size(rows).multiply(24).add(30).map(
                h -> Math.min(Math.max(h.doubleValue(), 80), 270)));
    }

    private static TableColumn<SharedEndpointRow, String> fixed(String title, Function<SharedEndpointRow, String> value, double width) {
        return column(title, row -> new ReadOnlyStringWrapper(value.apply(row)), width);
    }

    private static TableColumn<SharedEndpointRow, String> column(String title,
            Function<SharedEndpointRow, ObservableValue<String>> value, double width) {
        TableColumn<SharedEndpointRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(features -> value.apply(features.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
