package org.sitebinder.ui.viewmodel;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.sitebinder.domain.Site;
import org.sitebinder.editing.Edits;
import org.sitebinder.editing.Edits.SiteField;

/**
 * The Site page's property sheet. Each change an admin makes becomes a command (typing in one field
 * is one undo step); changes coming from the document (undo, another selection) do not.
 */
public final class SitePropertiesViewModel {
    private final Workspace workspace;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty physicalPath = new SimpleStringProperty("");
    private final StringProperty applicationPool = new SimpleStringProperty("");
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.STARTED);
    private final BooleanProperty autoStart = new SimpleBooleanProperty();
    private int siteIndex = -1;
    private boolean loading;

    SitePropertiesViewModel(Workspace workspace) {
        this.workspace = workspace;
        forward(name, v -> push(SiteField.NAME, v));
        forward(physicalPath, v -> push(SiteField.PHYSICAL_PATH, v));
        forward(applicationPool, v -> push(SiteField.APPLICATION_POOL, v));
        forward(autoStart, v -> push(SiteField.AUTO_START, v));
        forward(id, v -> parseId(v).ifPresent(parsed -> push(SiteField.ID, parsed.orElse(null))));
        forward(state, v -> {
            if (v != null) {
                workspace.push(Edits.setState(workspace.current(), siteIndex, v.state()));
            }
        });
    }

    void load(int index, Site site) {
        loading = true;
        try {
            siteIndex = site == null ? -1 : index;
            name.set(site == null ? "" : site.name());
            id.set(site == null || site.id() == null ? "" : site.id().toString());
            physicalPath.set(site == null ? "" : site.physicalPath());
            applicationPool.set(site == null ? "" : site.applicationPool());
            state.set(site == null ? RunState.STARTED : RunState.of(site.state()));
            autoStart.set(site != null && site.autoStart());
        } finally {
            loading = false;
        }
    }

    private <T> void forward(ObservableValue<T> property, Consumer<T> edit) {
        property.addListener((obs, old, now) -> {
            if (!loading && siteIndex >= 0) {
                edit.accept(now);
            }
        });
    }

    private void push(SiteField field, Object value) {
        workspace.push(Edits.setSiteField(workspace.current(), siteIndex, field, value));
    }

    /** Empty means no id; a value that is not a whole number is not applied. */
    private static Optional<Optional<Long>> parseId(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(Long.parseLong(t)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The properties in the order the Site page lists them. */
    public List<PropertyField> fields() {
        return List.of(
                new PropertyField("Name", "Site", "The site name IIS Manager shows", String.class, name),
                new PropertyField("ID", "Site", "The IIS site id (a whole number)", String.class, id),
                new PropertyField("Physical path", "Site", "The root virtual directory's folder", String.class, physicalPath),
                new PropertyField("Application pool", "Site", "The root application's pool", String.class, applicationPool),
                new PropertyField("State", "Running", "Started or stopped", RunState.class, state),
                new PropertyField("Start automatically", "Running", "IIS serverAutoStart", Boolean.class, autoStart));
    }

    public boolean hasSite() {
        return siteIndex >= 0;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The site id as text; empty for none. */
    public StringProperty idProperty() {
        return id;
    }

    public StringProperty physicalPathProperty() {
        return physicalPath;
    }

    public StringProperty applicationPoolProperty() {
        return applicationPool;
    }

    public ObjectProperty<RunState> stateProperty() {
        return state;
    }

    public BooleanProperty autoStartProperty() {
        return autoStart;
    }
}
