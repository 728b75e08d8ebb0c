package org.sitebinder.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. */
public final class SitebinderApp extends Application {

    static void launchWith(String[] args) {
        Application.launch(SitebinderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Sitebinder — WEB01 (demo)");
        stage.setScene(new Scene(new Label("Sitebinder"), 1000, 700));
        stage.show();
    }
}
