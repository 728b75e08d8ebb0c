package org.sitebinder.ui.view;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;

/** The Actions pane on the right, as in IIS Manager: links for the site whose page is shown, and the server. */
public final class ActionsView {
    private final MainViewModel vm;
    private final MainActions actions;
    @FXML private VBox siteGroup;
    @FXML private VBox serverGroup;
    @FXML private Label siteTitle;

    public ActionsView(MainViewModel vm, MainActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        siteTitle.textProperty().bind(Bindings.when(vm.noSiteProperty()).then("Site")
                .otherwise(Bindings.concat("Site '", vm.properties().nameProperty(), "'")));
        // the site's links only beside the site's page, as IIS Manager's pane follows the selected node
        siteGroup.visibleProperty().bind(vm.pageProperty().isEqualTo(Page.SITE));
        siteGroup.managedProperty().bind(siteGroup.visibleProperty());
        siteGroup.getChildren().addAll(link(actions.editBinding), link(actions.addBinding),
                link(actions.removeBinding), link(actions.startStop), link(actions.deleteSite));
        serverGroup.getChildren().addAll(link(actions.addSite), link(actions.reservedPorts), link(actions.showEndpoints));
    }

    private static Button link(Action action) {
        Button b = ActionUtils.createButton(action, ActionUtils.ActionTextBehavior.SHOW);
        b.getStyleClass().setAll("action-link");
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
