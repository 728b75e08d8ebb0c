package org.sitebinder.ui.view;

import javafx.scene.layout.Region;
import org.controlsfx.tools.Duplicatable;

/**
 * A vector icon drawn by CSS ({@code .icon-KIND} in base.css). Duplicatable, because ControlsFX
 * gives every menu item and button made from one Action its own copy of the graphic.
 */
final class ShapeIcon extends Region implements Duplicatable<ShapeIcon> {
    private final String kind;

    ShapeIcon(String kind) {
        this.kind = kind;
        getStyleClass().addAll("icon", "icon-" + kind);
    }

    @Override
    public ShapeIcon duplicate() {
        return new ShapeIcon(kind);
    }
}
