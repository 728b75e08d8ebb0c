package org.sitebinder.ui.viewmodel;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs slow work (file I/O, full checks) on the background executor and hands the result to the
 * UI executor. The app passes a worker thread and {@code Platform::runLater}; tests pass
 * {@code Runnable::run} for both, which makes every step synchronous.
 */
public final class Tasks {

    /** Work that may fail with any exception; its message is what the admin sees. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    private final StringProperty busy = new SimpleStringProperty("");

    public Tasks(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /**
     * @param what      shown in the status bar meanwhile ("Opening shop.json…")
     * @param work      runs in the background
     * @param onSuccess runs on the UI executor with the result
     * @param onFailure runs on the UI executor with the failure
     */
    public <T> void run(String what, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        busy.set(what);
        background.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> {
                    busy.set("");
                    onSuccess.accept(result);
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    busy.set("");
                    onFailure.accept(e);
                });
            }
        });
    }

    /** What is running, or empty. */
    public ReadOnlyStringProperty busyProperty() {
        return busy;
    }
}
