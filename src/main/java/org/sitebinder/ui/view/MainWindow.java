package org.sitebinder.ui.view;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sitebinder.ui.viewmodel.MainViewModel;

/** Builds the Internet Service Manager window: controllers made by the factory, the title bound to the document. */
public final class MainWindow {
    private final MainViewModel vm;
    private final Consumer<String> info;

    /** @param info shows a message (Help › About) */
    public MainWindow(MainViewModel vm, Consumer<String> info) {
        this.vm = vm;
        this.info = info;
    }

    /** Puts the window's scene on {@code stage} (the caller shows it) and returns its root. */
    public Parent install(Stage stage) {
        Runnable close = () -> vm.files().requestClose(stage::close);
        MainActions actions = new MainActions(vm, () -> stage, close, BindingDialog::open, info);
        ViewFactory factory = new ViewFactory()
                .register(MainView.class, () -> new MainView(vm, actions))
                .register(ConnectionsView.class, () -> new ConnectionsView(vm, actions))
                .register(SitePageView.class, () -> new SitePageView(vm, actions))
                .register(ServerPageView.class, () -> new ServerPageView(vm))
                .register(SslRecordsView.class, () -> new SslRecordsView(vm))
                .register(CertificatesView.class, () -> new CertificatesView(vm))
                .register(EndpointsView.class, () -> new EndpointsView(vm))
                .register(ActionsView.class, () -> new ActionsView(vm, actions))
                .register(FindingsView.class, () -> new FindingsView(vm))
                .register(StatusBarView.class, () -> new StatusBarView(vm));
        Parent root = factory.load("MainView.fxml");
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("base.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            close.run();
        });
        return root;
    }
}
