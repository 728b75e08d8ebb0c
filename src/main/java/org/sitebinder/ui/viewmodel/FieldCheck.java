package org.sitebinder.ui.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.sitebinder.engine.Severity;

/** What is wrong with one field of a dialog: a severity and the message shown on the field, or nothing. */
public final class FieldCheck {
    private final SimpleObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final SimpleStringProperty message = new SimpleStringProperty("");

    void set(Severity s, String text) {
        severity.set(s);
        message.set(text == null ? "" : text);
    }

    void clear() {
        set(null, "");
    }

    /** {@code null} when the field is fine. */
    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public Severity severity() {
        return severity.get();
    }

    public String message() {
        return message.get();
    }

    /** {@code error}, {@code warning}, {@code info} or empty. */
    public String level() {
        return FindingsIndex.level(severity.get());
    }

    public boolean isError() {
        return severity.get() == Severity.ERROR;
    }
}
