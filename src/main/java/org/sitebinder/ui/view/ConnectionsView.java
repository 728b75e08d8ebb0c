package org.sitebinder.ui.view;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.action.ActionUtils;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.SiteItem;

/** The Connections tree: server, Sites with each site, SSL bindings, Certificates. */
public final class ConnectionsView {
    private final MainViewModel vm;
    private final MainActions actions;
    @FXML private TreeView<ConnectionNode> tree;
    private TreeItem<ConnectionNode> sites = new TreeItem<>(ConnectionNode.fixed("Sites", "folder", Page.SERVER));
    private TreeItem<ConnectionNode> server;
    private boolean syncing;

    public ConnectionsView(MainViewModel vm, MainActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        server = new TreeItem<>(ConnectionNode.fixed("", "server", Page.SERVER));
        TreeItem<ConnectionNode> ssl = new TreeItem<>(ConnectionNode.fixed("SSL bindings", "lock", Page.SSL_RECORDS));
        TreeItem<ConnectionNode> certs = new TreeItem<>(ConnectionNode.fixed("Certificates", "certificate", Page.CERTIFICATES));
        server.getChildren().setAll(List.of(sites, ssl, certs));
        server.setExpanded(true);
        sites.setExpanded(true);
        vm.server().serverNameProperty().addListener((o, old, now) -> server.setValue(ConnectionNode.fixed(now, "server", Page.SERVER)));
        server.setValue(ConnectionNode.fixed(vm.server().serverNameProperty().get(), "server", Page.SERVER));
        tree.setRoot(server);
        tree.setCellFactory(t -> {
            ConnectionCell cell = new ConnectionCell();
            cell.itemProperty().addListener((o, old, now) -> cell.setContextMenu(now != null && now.site() != null ? siteMenu() : null));
            return cell;
        });
        vm.sites().sites().addListener((ListChangeListener<SiteItem>) c -> rebuild());
        rebuild();
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selected(now));
        // in the tree, Delete means the site, not the binding selected on the page; F2 is filtered
        // here too, because TreeView's own F2 (start editing) would swallow the menu accelerator
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !actions.deleteSite.isDisabled()) {
                actions.deleteSite.handle(null);
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && !actions.editBinding.isDisabled()) {
                actions.editBinding.handle(null);
                e.consume();
            }
        });
        vm.selectedSiteProperty().addListener((o, old, now) -> reveal(now.intValue()));
    }

    private ContextMenu siteMenu() {
        return ActionUtils.createContextMenu(List.of(actions.addBinding, actions.startStop, ActionUtils.ACTION_SEPARATOR,
                actions.deleteSite));
    }

    private void rebuild() {
        syncing = true;
        try {
            // filled while detached and swapped in whole: the tree's focus model would otherwise look up
            // its focused row once per added child, which is quadratic on a 10,000-site server
            TreeItem<ConnectionNode> fresh = new TreeItem<>(sites.getValue());
            fresh.setExpanded(sites.isExpanded());
            fresh.getChildren().setAll(vm.sites().sites().stream().map(s -> new TreeItem<>(ConnectionNode.of(s))).toList());
            server.getChildren().set(server.getChildren().indexOf(sites), fresh);
            sites = fresh;
        } finally {
            syncing = false;
        }
        reveal(vm.selectedSiteProperty().get());
    }

    private void selected(TreeItem<ConnectionNode> item) {
        if (syncing || item == null) {
            return;
        }
        ConnectionNode node = item.getValue();
        if (node.site() != null) {
            syncing = true;
            try {
                vm.selectedSiteProperty().set(node.site().index());
            } finally {
                syncing = false;
            }
            vm.pageProperty().set(Page.SITE);
        } else {
            vm.pageProperty().set(node.page());
        }
    }

    private void reveal(int siteIndex) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (siteIndex >= 0 && siteIndex < sites.getChildren().size()) {
                TreeItem<ConnectionNode> item = sites.getChildren().get(siteIndex);
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }
}
