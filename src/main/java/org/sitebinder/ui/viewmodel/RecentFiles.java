package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The File menu's recent documents, newest first, kept by whatever store the app gives. */
public final class RecentFiles {
    static final int MAX = 8;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final Consumer<List<Path>> store;

    /**
     * @param initial what the store held at start
     * @param store   called with the new list after every change
     */
    public RecentFiles(List<Path> initial, Consumer<List<Path>> store) {
        files.setAll(initial.stream().limit(MAX).toList());
        this.store = store;
    }

    void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        store.accept(List.copyOf(files));
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }
}
