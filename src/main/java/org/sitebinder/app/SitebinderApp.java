package org.sitebinder.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.persistence.DocumentLoader;
import org.sitebinder.persistence.json.JsonDocumentStore;
import org.sitebinder.ui.view.FxPrompts;
import org.sitebinder.ui.view.MainWindow;
import org.sitebinder.ui.viewmodel.DocumentFiles;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.RecentFiles;
import org.sitebinder.ui.viewmodel.Tasks;
import org.sitebinder.ui.viewmodel.Workspace;

/**
 * The JavaFX application and the composition root of the window: it makes the one background
 * worker, the workspace, the view models and the window, and opens the file named on the command
 * line ({@code sitebinder DOCUMENT [NETSH-LISTING]}) or the embedded demo.
 */
public final class SitebinderApp extends Application {
    static final String DEMO = "/org/sitebinder/app/demo.json";
    private static final String RECENT_KEY = "recentFiles";
    private ExecutorService worker;

    static void launchWith(String[] args) {
        Application.launch(SitebinderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sitebinder-worker");
            t.setDaemon(true);
            return t;
        });
        Preferences prefs = Preferences.userNodeForPackage(SitebinderApp.class);
        RecentFiles recent = new RecentFiles(readRecent(prefs),
                files -> worker.execute(() -> prefs.put(RECENT_KEY, String.join("\n", files.stream().map(Path::toString).toList()))));
        Tasks tasks = new Tasks(worker, Platform::runLater);
        Workspace workspace = new Workspace(new BindingEngine(), tasks);
        FxPrompts prompts = new FxPrompts(() -> stage);
        DocumentFiles files = new DocumentFiles(workspace, tasks, prompts, new DocumentLoader()::load, new JsonDocumentStore(), recent);
        MainViewModel vm = new MainViewModel(workspace, tasks, prompts, files);
        new MainWindow(vm, prompts::showInfo).install(stage);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            files.openDemo(SitebinderApp::demoBytes);
        } else {
            files.openFile(Path.of(args.get(0)), args.size() > 1 ? Path.of(args.get(1)) : null);
        }
    }

    static byte[] demoBytes() throws IOException {
        try (InputStream in = SitebinderApp.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the embedded demo document is missing from this build");
            }
            return in.readAllBytes();
        }
    }

    private static List<Path> readRecent(Preferences prefs) {
        String stored = prefs.get(RECENT_KEY, "");
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split("\n")).map(Path::of).toList();
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
