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

        /** "an error", "a warning", "an info finding": one finding this filter lists. */
        String oneOf() {
            return switch (this) {
                case ALL -> "a finding";
                case ERRORS -> "an error";
                case WARNINGS -> "a warning";
                case INFO -> "an info finding";
            };
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
    /** Empty until a document is open: there is nothing to count yet. */
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty placeholder = new SimpleStringProperty();
    private boolean anyOpened;
    private Findings shown = new Findings(List.of());

    FindingsViewModel() {
        filter.addListener((obs, old, now) -> applyFilter());
        applyFilter();
    }

    void refresh(FindingsIndex index) {
        shown = index.findings();
        rows.setAll(shown.all().stream().map(FindingRow::new).toList());
        updateTexts();
    }

    /** A document was read: until then an empty list says nothing about any site. */
    void opened() {
        anyOpened = true;
        updateTexts();
    }

    private void updateTexts() {
        counts.set(anyOpened ? countsText(shown) : "");
        updatePlaceholder();
    }

    private void applyFilter() {
        Filter f = filter.get() == null ? Filter.ALL : filter.get();
        visible.setPredicate(row -> f.accepts(row.severity()));
        updatePlaceholder();
    }

    /**
     * What the empty list says: that no document is open yet, that there is nothing to report, or,
     * when the filter hides every finding, that there are findings all the same.
     */
    private void updatePlaceholder() {
        Filter f = filter.get() == null ? Filter.ALL : filter.get();
        if (!anyOpened) {
            placeholder.set("No document is open yet.");
        } else if (rows.isEmpty()) {
            placeholder.set("No findings: every site can start.");
        } else {
            placeholder.set(rows.size() == 1
                    ? "The one finding is not " + f.oneOf() + ". Show All severities to list it."
                    : "None of the " + rows.size() + " findings is " + f.oneOf() + ". Show All severities to list them.");
        }
    }

    /** "2 errors, 1 warning, 1 info", or "No findings" (empty until a document is open). */
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

    /** What the panel shows when it lists no finding. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }
}
