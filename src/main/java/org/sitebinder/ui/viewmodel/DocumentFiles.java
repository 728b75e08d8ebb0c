package org.sitebinder.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.DocumentLoader;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;
import org.sitebinder.persistence.json.ExternalChangeException;
import org.sitebinder.persistence.json.JsonDocumentStore;

/**
 * File New, Open, Save, Save As and closing, with the questions that protect an admin's work:
 * unsaved changes, a file changed on disk, and an applicationHost.config that is never written over.
 */
public final class DocumentFiles {

    /** Reads a document and an optional netsh listing: {@link DocumentLoader#load} in the app. */
    @FunctionalInterface
    public interface Reader {
        LoadedDocument load(Path file, Path netshListing) throws IOException, DocumentFormatException;
    }

    private final Workspace workspace;
    private final Tasks tasks;
    private final Prompts prompts;
    private final Reader loader;
    private final JsonDocumentStore store;
    private final RecentFiles recent;

    public DocumentFiles(Workspace workspace, Tasks tasks, Prompts prompts, Reader loader,
                         JsonDocumentStore store, RecentFiles recent) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.prompts = prompts;
        this.loader = loader;
        this.store = store;
        this.recent = recent;
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDocument(String serverName) {
        settleUnsaved(() -> tasks.run("Creating a new document…",
                () -> workspace.prepare(ServerDocument.empty(serverName), null, null, null, "untitled"),
                workspace::adopt, e -> fail("Cannot create a document", e)));
    }

    /** Opens the embedded demo document, read from {@code bytes} in the background. */
    public void openDemo(Tasks.Work<byte[]> bytes) {
        tasks.run("Opening the demo…", () -> {
            ServerDocument doc = store.read(bytes.call(), Path.of("demo.json"));
            return workspace.prepare(doc, null, null, null, "demo");
        }, workspace::adopt, e -> fail("Cannot open the demo", e));
    }

    /**
     * Asks for a document (JSON or applicationHost.config), and with {@code withListing} for a netsh
     * listing whose SSL records replace the document's, then opens them.
     */
    public void open(boolean withListing) {
        settleUnsaved(() -> {
            Optional<Path> file = prompts.chooseDocumentToOpen();
            if (file.isEmpty()) {
                return;
            }
            Path listing = withListing ? prompts.chooseNetshListing().orElse(null) : null;
            openFile(file.get(), listing);
        });
    }

    /** Opens a recent file, asking first about unsaved changes. */
    public void openRecent(Path file) {
        settleUnsaved(() -> openFile(file, null));
    }

    /** Opens without asking about unsaved changes (start-up, or after the caller asked). */
    public void openFile(Path file, Path netshListing) {
        tasks.run("Opening " + file.getFileName() + "…", () -> {
            LoadedDocument loaded = loader.load(file, netshListing);
            return workspace.prepare(loaded.document(), loaded.file(), loaded.kind(), loaded.fingerprint(), null);
        }, session -> {
            workspace.adopt(session);
            recent.add(file);
        }, e -> fail("Cannot open " + file.getFileName(), e));
    }

    /** Saves over the document's own JSON file; anything else (demo, new, applicationHost.config) asks where. */
    public void save(Runnable onSaved) {
        Path file = workspace.fileProperty().get();
        if (file == null || workspace.kindProperty().get() != LoadedDocument.Kind.NATIVE_JSON) {
            saveAs(onSaved);
        } else {
            write(file, workspace.fingerprint(), onSaved);
        }
    }

    public void saveAs(Runnable onSaved) {
        Optional<Path> target = prompts.chooseJsonToSave(suggestedName());
        if (target.isEmpty()) {
            return;
        }
        Path chosen = target.get();
        Path current = workspace.fileProperty().get();
        if (current != null && workspace.kindProperty().get() == LoadedDocument.Kind.APPLICATION_HOST_CONFIG
                && chosen.toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize())) {
            prompts.showError("Choose a JSON file", current.getFileName()
                    + " is an applicationHost.config. Sitebinder never writes over it; save the document as a JSON file.");
            return;
        }
        write(chosen, chosen.equals(current) ? workspace.fingerprint() : null, onSaved);
    }

    /** Closes (runs {@code close}) unless unsaved changes make the admin say Cancel. */
    public void requestClose(Runnable close) {
        settleUnsaved(close);
    }

    private void settleUnsaved(Runnable proceed) {
        if (!workspace.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (prompts.askSaveChanges(workspace.displayName())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    private void write(Path target, FileFingerprint expected, Runnable onSaved) {
        ServerDocument doc = workspace.current();
        long revision = workspace.historyRevision();
        tasks.run("Saving " + target.getFileName() + "…", () -> store.save(target, doc, expected), print -> {
            workspace.saved(revision, target, print);
            recent.add(target);
            onSaved.run();
        }, e -> {
            if (e instanceof ExternalChangeException && prompts.confirm("File changed on disk",
                    target.getFileName() + " was changed by another program since it was opened.",
                    "Overwrite it with your version? The other program's changes will be lost (a backup is kept).")) {
                write(target, null, onSaved);
            } else if (!(e instanceof ExternalChangeException)) {
                fail("Cannot save " + target.getFileName(), e);
            }
        });
    }

    private String suggestedName() {
        String name = workspace.displayName();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }

    private void fail(String title, Exception e) {
        prompts.showError(title, describe(e));
    }

    /** One line for the admin, never a stack trace. */
    static String describe(Exception e) {
        if (e instanceof DocumentFormatException || e instanceof IOException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
