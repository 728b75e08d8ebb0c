package org.sitebinder.ui.view;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.sitebinder.ui.viewmodel.MainViewModel;

/** The window frame: menus and toolbar, all made from the shared {@link MainActions}. */
public final class MainView {
    private final MainViewModel vm;
    private final MainActions actions;
    @FXML private Menu fileMenu;
    @FXML private Menu editMenu;
    @FXML private Menu viewMenu;
    @FXML private Menu actionMenu;
    @FXML private Menu helpMenu;
    @FXML private ToolBar toolBar;
    private final Menu recentMenu = new Menu("Recent Files");

    public MainView(MainViewModel vm, MainActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        MainActions a = actions;
        fileMenu.getItems().setAll(items(a.newDocument, a.open, a.openWithListing));
        fileMenu.getItems().add(recentMenu);
        fileMenu.getItems().addAll(items(null, a.save, a.saveAs, null, a.exit));
        editMenu.getItems().setAll(items(a.undo, a.redo, null, a.editBinding, a.removeBinding, null, a.reservedPorts));
        viewMenu.getItems().setAll(items(a.showSites, a.showEndpoints));
        actionMenu.getItems().setAll(items(a.addSite, a.deleteSite, a.startStop, null, a.addBinding, a.editBinding,
                a.removeBinding));
        helpMenu.getItems().setAll(items(a.about));
        ActionUtils.updateToolBar(toolBar, List.of(a.newDocument, a.open, a.save, ActionUtils.ACTION_SEPARATOR, a.undo,
                a.redo, ActionUtils.ACTION_SEPARATOR, a.addBinding, a.editBinding, a.removeBinding,
                ActionUtils.ACTION_SEPARATOR, a.startStop, ActionUtils.ACTION_SEPARATOR, a.showEndpoints),
                ActionUtils.ActionTextBehavior.HIDE);
        toolBar.getItems().forEach(n -> n.setFocusTraversable(false));
        vm.files().recent().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    private void fillRecent() {
        recentMenu.getItems().setAll(vm.files().recent().files().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.files().openRecent(p));
            return item;
        }).toList());
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Menu items for the actions; {@code null} is a separator. */
    private static List<MenuItem> items(Action... actions) {
        return java.util.Arrays.stream(actions)
                .map(x -> x == null ? new SeparatorMenuItem() : ActionUtils.createMenuItem(x)).toList();
    }
}
