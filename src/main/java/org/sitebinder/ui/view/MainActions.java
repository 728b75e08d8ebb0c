package org.sitebinder.ui.view;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.controlsfx.control.action.Action;
import org.sitebinder.ui.viewmodel.BindingDialogViewModel;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;

/**
 * Every command of the window as one ControlsFX {@link Action}: the menu item, the toolbar button,
 * the Actions pane link and the context menu entry of a command are built from the same object, so
 * they share text, accelerator and enabled state.
 */
public final class MainActions {
    final Action newDocument;
    final Action open;
    final Action openWithListing;
    final Action save;
    final Action saveAs;
    final Action exit;
    final Action undo;
    final Action redo;
    final Action addSite;
    final Action deleteSite;
    final Action startStop;
    final Action addBinding;
    final Action editBinding;
    final Action removeBinding;
    final Action reservedPorts;
    final Action showEndpoints;
    final Action showSites;
    final Action about;

    /**
     * @param vm     the window's view model
     * @param owner  the window dialogs belong to
     * @param close  asks to close the window (the view model decides about unsaved changes)
     * @param dialog opens the Add / Edit Site Binding dialog
     * @param info   shows a message (About)
     */
    public MainActions(MainViewModel vm, Supplier<Window> owner, Runnable close,
                       BiConsumer<Window, BindingDialogViewModel> dialog, Consumer<String> info) {
        newDocument = action("New", "Shortcut+N", "page", () -> vm.files().newDocument("WEB01"));
        open = action("Open…", "Shortcut+O", "open", () -> vm.files().open(false));
        open.setLongText("Open a Sitebinder JSON document or an applicationHost.config");
        openWithListing = action("Open with SSL Listing…", "Shortcut+Shift+O", null, () -> vm.files().open(true));
        openWithListing.setLongText("Open a document and the output of 'netsh http show sslcert'");
        save = action("Save", "Shortcut+S", "save", () -> vm.files().save(() -> { }));
        saveAs = action("Save As…", "Shortcut+Shift+S", null, () -> vm.files().saveAs(() -> { }));
        exit = action("Exit", "Shortcut+Q", null, close);
        undo = action("Undo", "Shortcut+Z", "undo", vm::undo);
        undo.textProperty().bind(Bindings.concat("Undo ", vm.workspace().undoLabelProperty()));
        undo.disabledProperty().bind(vm.workspace().canUndoProperty().not());
        redo = action("Redo", "Shortcut+Y", "redo", vm::redo);
        redo.textProperty().bind(Bindings.concat("Redo ", vm.workspace().redoLabelProperty()));
        redo.disabledProperty().bind(vm.workspace().canRedoProperty().not());
        addSite = action("Add Website…", "Shortcut+Shift+N", "add-site", vm::addSite);
        deleteSite = action("Delete Site", "Shift+Delete", "delete", vm::deleteSite);
        deleteSite.disabledProperty().bind(vm.siteShownProperty().not());
        startStop = action("Stop Site", "F6", "start-stop", vm::startStop);
        startStop.textProperty().bind(vm.startStopLabelProperty());
        startStop.disabledProperty().bind(vm.siteShownProperty().not());
        addBinding = action("Add Binding…", "Insert", "add", () -> dialog.accept(owner.get(), vm.bindingDialog(null)));
        addBinding.disabledProperty().bind(vm.siteShownProperty().not());
        editBinding = action("Edit Binding…", "F2", "edit",
                () -> dialog.accept(owner.get(), vm.bindingDialog(vm.selectedBindingRef())));
        editBinding.disabledProperty().bind(vm.noBindingProperty().or(vm.siteShownProperty().not()));
        removeBinding = action("Remove Binding", "Delete", "remove", vm::removeBinding);
        removeBinding.disabledProperty().bind(vm.noBindingProperty().or(vm.siteShownProperty().not()));
        reservedPorts = action("Reserved Ports…", "Shortcut+R", "plug", vm::editReservedPorts);
        showEndpoints = action("Endpoints", "Shortcut+E", "endpoint", () -> vm.pageProperty().set(Page.ENDPOINTS));
        showEndpoints.setLongText("Every IP:port with its bindings, sites and SSL record");
        showSites = action("Site", "Shortcut+1", null, () -> vm.pageProperty().set(Page.SITE));
        showSites.disabledProperty().bind(vm.noSiteProperty());
        about = action("About Sitebinder", "F1", null, () -> info.accept(
                "Sitebinder edits IIS site bindings and http.sys SSL records, and shows why a site will not start."));
    }

    private static Action action(String text, String accelerator, String icon, Runnable run) {
        Action a = new Action(text, e -> run.run());
        if (accelerator != null) {
            a.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            a.setGraphic(Icons.shape(icon));
        }
        return a;
    }
}
