package org.sitebinder.ui.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.engine.Severity;

/** A site node of the Connections tree: its name, state and the worst severity of its findings. */
public final class SiteItem {
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<SiteState> state = new SimpleObjectProperty<>(SiteState.STARTED);
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty level = new SimpleStringProperty("");
    private final BooleanProperty started = new SimpleBooleanProperty(true);
    private Site site;
    private int count;

    SiteItem(int index) {
        this.index.set(index);
    }

    void update(Site s, Severity worst, int findingCount) {
        // after an edit, 100,000 items are offered their site again and almost all are as they were
        if (s == site && worst == severity.get() && findingCount == count) {
            return;
        }
        this.site = s;
        this.count = findingCount;
        name.set(s.name());
        state.set(s.state());
        severity.set(worst);
        level.set(FindingsIndex.level(worst));
        started.set(s.started());
        summary.set(findingCount == 0 ? "" : findingCount + (findingCount == 1 ? " finding" : " findings"));
    }

    Site site() {
        return site;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SiteState> stateProperty() {
        return state;
    }

    /** The worst severity among the site's findings; {@code null} when it has none. */
    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    /** {@code error}, {@code warning}, {@code info} or empty: the tree node's pseudo-class and badge. */
    public StringProperty levelProperty() {
        return level;
    }

    public BooleanProperty startedProperty() {
        return started;
    }

    /** "2 findings", or empty: the tree node's tooltip. */
    public StringProperty summaryProperty() {
        return summary;
    }
}
