package org.sitebinder.ui.viewmodel;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;

/** The Findings panel: every finding, a severity filter, and the counts the status bar shows. */
public final class FindingsViewModel {

    /** Which findings the panel lists. */
    public enum Filter {
        ALL("All severities"), ERRORS("Errors"), WARNINGS("Warnings"), INFO("Info");

        private final String text;

        Filter(String text) {
            this.text = text;
        }

        boolean accepts(Severity s) {
            return switch (this) {
                case ALL -> true;
                case ERRORS -> s == Severity.ERROR;
                case WARNINGS -> s == Severity.WARNING;
                case INFO -> s == Severity.INFO;
            };
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final StringProperty counts = new SimpleStringProperty(countsText(new Findings(List.of())));

    FindingsViewModel() {
        filter.addListener((obs, old, now) -> applyFilter());
        applyFilter();
    }

    void refresh(FindingsIndex index) {
        rows.setAll(index.findings().all().stream().map(FindingRow::new).toList());
        counts.set(countsText(index.findings()));
    }

    private void applyFilter() {
        Filter f = filter.get() == null ? Filter.ALL : filter.get();
        visible.setPredicate(row -> f.accepts(row.severity()));
    }

    /** "2 errors, 1 warning, 1 info", or "No findings". */
    static String countsText(Findings findings) {
        int e = findings.count(Severity.ERROR);
        int w = findings.count(Severity.WARNING);
        int i = findings.count(Severity.INFO);
        if (e + w + i == 0) {
            return "No findings";
        }
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
    }

    public ObservableList<FindingRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts;
    }
}
