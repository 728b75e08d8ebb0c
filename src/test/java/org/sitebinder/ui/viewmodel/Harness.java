package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.persistence.DocumentLoader;
import org.sitebinder.persistence.LoadedDocument;
import org.sitebinder.persistence.json.JsonDocumentStore;

/** The window's view models wired as the app wires them, but with every executor running in place. */
public final class Harness {
    public final ScriptedPrompts prompts = new ScriptedPrompts();
    public final Tasks tasks = new Tasks(Runnable::run, Runnable::run);
    public final Workspace workspace = new Workspace(new BindingEngine(), tasks);
    public final List<List<Path>> storedRecent = new ArrayList<>();
    public final DocumentFiles files;
    public final MainViewModel vm;

    public Harness(ServerDocument doc) {
        this(doc, new DocumentLoader()::load);
    }

    public Harness(ServerDocument doc, DocumentFiles.Reader loader) {
        this(doc, loader, null);
    }

    /** With the window's own prompts (real dialogs) instead of the scripted ones. */
    public Harness(ServerDocument doc, Prompts windowPrompts) {
        this(doc, new DocumentLoader()::load, windowPrompts);
    }

    private Harness(ServerDocument doc, DocumentFiles.Reader loader, Prompts windowPrompts) {
        Prompts asked = windowPrompts == null ? prompts : windowPrompts;
        files = new DocumentFiles(workspace, tasks, asked, loader, new JsonDocumentStore(),
                new RecentFiles(List.of(), storedRecent::add));
        vm = new MainViewModel(workspace, tasks, asked, files);
        open(doc, null, null);
    }

    /** Shows {@code doc} as if read from {@code file} of {@code kind} (null: the demo). */
    public void open(ServerDocument doc, Path file, LoadedDocument.Kind kind) {
        workspace.adopt(workspace.prepare(doc, file, kind, null, "demo"));
    }
}
