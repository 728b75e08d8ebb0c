package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.editing.Command;
import org.sitebinder.editing.History;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.IncrementalChecker;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;

/**
 * The open document: its history, its current findings and the file it belongs to. Every edit goes
 * through {@link #push}; after each change the findings are brought up to date by the incremental
 * checker, which only re-checks what the edit touched, so this is cheap enough for the FX thread.
 */
public final class Workspace {
    private final BindingEngine engine;
    private final History history = new History(ServerDocument.empty(""));
    private final ObjectProperty<ServerDocument> document = new SimpleObjectProperty<>(history.current());
    private final ObjectProperty<FindingsIndex> findings = new SimpleObjectProperty<>(FindingsIndex.EMPTY);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<LoadedDocument.Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final LongProperty revision = new SimpleLongProperty();
    private IncrementalChecker checker;
    private ServerDocument checked;
    private FileFingerprint fingerprint;

    public Workspace(BindingEngine engine) {
        this.engine = engine;
        history.addListener(this::changed);
    }

    /** Reads nothing and touches no property: the full first check, for a background thread. */
    public Session prepare(ServerDocument doc, Path source, LoadedDocument.Kind sourceKind,
                           FileFingerprint print, String displayName) {
        return new Session(doc, new IncrementalChecker(engine, doc), source, sourceKind, print, displayName);
    }

    /** Shows a prepared document, replacing the current one and its history. */
    public void adopt(Session session) {
        checker = session.checker();
        checked = session.document();
        fingerprint = session.fingerprint();
        file.set(session.file());
        kind.set(session.kind());
        name.set(session.name());
        findings.set(new FindingsIndex(checker.findings()));
        history.reset(session.document());
    }

    public void push(Command command) {
        history.push(command);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Records a successful save of the revision that was current when the save started. */
    public void saved(long savedRevision, Path target, FileFingerprint print) {
        file.set(target);
        kind.set(LoadedDocument.Kind.NATIVE_JSON);
        fingerprint = print;
        if (history.revision() == savedRevision) {
            history.markSaved();
        }
    }

    public ServerDocument current() {
        return history.current();
    }

    public BindingEngine engine() {
        return engine;
    }

    public FileFingerprint fingerprint() {
        return fingerprint;
    }

    /** The name of the document for titles: the file name, or "demo" / "untitled". */
    public String displayName() {
        return file.get() == null ? name.get() : String.valueOf(file.get().getFileName());
    }

    private void changed() {
        ServerDocument now = history.current();
        if (checker != null && now != checked) {
            findings.set(new FindingsIndex(checker.update(now)));
            checked = now;
        }
        document.set(now);
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
        revision.set(history.revision());
    }

    public ReadOnlyObjectProperty<ServerDocument> documentProperty() {
        return document;
    }

    public ReadOnlyObjectProperty<FindingsIndex> findingsProperty() {
        return findings;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<LoadedDocument.Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    /** Increments on every change of the document; panels listen to it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }
}
