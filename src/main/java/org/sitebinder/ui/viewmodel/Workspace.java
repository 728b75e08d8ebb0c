package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import java.util.function.Consumer;
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
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.IncrementalChecker;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;

/**
 * The open document: its history, its current findings and the file it belongs to. Every edit goes
 * through {@link #push}; after each change the incremental checker re-checks only what the edit
 * touched, and {@link #revisionProperty()} announces the new document together with its findings.
 */
public final class Workspace {
    private final BindingEngine engine;
    private final Tasks tasks;
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
    private final LongProperty opened = new SimpleLongProperty();
    private IncrementalChecker checker;
    private ServerDocument checked;
    /** The revision the findings property describes. */
    private ServerDocument shown;
    private FileFingerprint fingerprint;

    /**
     * @param engine the rules
     * @param tasks  where re-checks run: a worker in the app, in place in tests
     */
    public Workspace(BindingEngine engine, Tasks tasks) {
        this.engine = engine;
        this.tasks = tasks;
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
        shown = session.document();
        fingerprint = session.fingerprint();
        file.set(session.file());
        kind.set(session.kind());
        name.set(session.name());
        findings.set(new FindingsIndex(checker.findings()));
        history.reset(session.document());
        opened.set(opened.get() + 1);
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

    public FileFingerprint fingerprint() {
        return fingerprint;
    }

    /** The name of the document for titles: the file name, or "demo" / "untitled". */
    public String displayName() {
        return file.get() == null ? name.get() : String.valueOf(file.get().getFileName());
    }

    private void changed() {
        ServerDocument now = history.current();
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
        if (checker == null || now == checked && now == shown) {
            publish(now);
            return;
        }
        // on a large server even the incremental re-check can take a moment: it runs on the worker, and
        // the document is shown with its findings together, so no row is styled by another revision's findings
        IncrementalChecker c = checker;
        tasks.run("Checking…", () -> c.update(now), result -> {
            if (c != checker) {
                return;
            }
            checked = now;
            if (history.current() == now) {
                findings.set(new FindingsIndex(result));
                shown = now;
                publish(now);
            }
        }, e -> publish(now));
    }

    /**
     * Checks a document one edit away from the current one without making the edit (a binding as the
     * Edit Site Binding dialog has it while the admin types). It runs on the worker that runs the
     * re-checks, through the same incremental checker, which it leaves where it was: on a server of
     * 100,000 sites a keystroke costs a few milliseconds, not a full check.
     */
    public void checkCandidate(ServerDocument candidate, Consumer<Findings> onResult, Consumer<Exception> onFailure) {
        IncrementalChecker c = checker;
        if (c == null) {
            tasks.run("", () -> engine.check(candidate), onResult, onFailure);
        } else {
            tasks.run("", () -> c.probe(candidate), onResult, onFailure);
        }
    }

    private void publish(ServerDocument now) {
        document.set(now);
        revision.set(history.revision());
    }

    /** The history's revision, which runs ahead of {@link #revisionProperty()} while a re-check is running. */
    public long historyRevision() {
        return history.revision();
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

    /** Increments each time another document is shown (New, Open, the demo). */
    public ReadOnlyLongProperty openedProperty() {
        return opened;
    }

    /** Increments on every change of the document; panels listen to it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }
}
