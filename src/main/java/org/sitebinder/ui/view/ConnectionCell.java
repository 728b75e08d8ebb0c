package org.sitebinder.ui.view;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.sitebinder.ui.viewmodel.SiteItem;

/**
 * A Connections tree node. A site shows its state icon, its name and, when it is in a finding, an
 * error or warning badge; the cell itself carries the {@code :error}/{@code :warning} pseudo-class.
 */
final class ConnectionCell extends TreeCell<ConnectionNode> {
    private final Region state = Icons.state(true);
    private final Label badge = Icons.severity("");
    private final HBox siteGraphic = new HBox(4, state, badge);
    private final Tooltip tip = new Tooltip();
    private final InvalidationListener refresh = o -> refresh();
    private SiteItem bound;

    ConnectionCell() {
        getStyleClass().add("connection-cell");
        siteGraphic.getStyleClass().add("site-graphic");
    }

    @Override
    protected void updateItem(ConnectionNode node, boolean empty) {
        super.updateItem(node, empty);
        unbind();
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            Styles.level(this, "");
            return;
        }
        if (node.site() == null) {
            setText(node.label());
            setGraphic(Icons.shape(node.icon()));
            setTooltip(null);
            Styles.level(this, "");
            return;
        }
        bound = node.site();
        bound.nameProperty().addListener(refresh);
        bound.levelProperty().addListener(refresh);
        bound.startedProperty().addListener(refresh);
        bound.summaryProperty().addListener(refresh);
        setGraphic(siteGraphic);
        refresh();
    }

    private void refresh() {
        if (bound == null) {
            return;
        }
        setText(bound.nameProperty().get());
        Icons.setState(state, bound.startedProperty().get());
        Icons.setSeverity(badge, bound.levelProperty().get());
        Styles.level(this, bound.levelProperty().get());
        String summary = bound.summaryProperty().get();
        tip.setText((bound.startedProperty().get() ? "Started" : "Stopped") + (summary.isEmpty() ? "" : " — " + summary));
        setTooltip(tip);
    }

    private void unbind() {
        if (bound != null) {
            bound.nameProperty().removeListener(refresh);
            bound.levelProperty().removeListener(refresh);
            bound.startedProperty().removeListener(refresh);
            bound.summaryProperty().removeListener(refresh);
            bound = null;
        }
    }
}
