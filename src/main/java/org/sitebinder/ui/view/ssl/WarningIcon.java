package org.sitebinder.ui.view.ssl;

import javafx.scene.Group;
import javafx.scene.shape.SVGPath;

/** The amber warning triangle with its exclamation mark, drawn as vector paths (no icon font to ship). */
final class WarningIcon {
    private WarningIcon() {
    }

    static Group create() {
        SVGPath triangle = new SVGPath();
        triangle.setContent("M16 1 L31 29 Q31.5 31 29.5 31 L2.5 31 Q0.5 31 1 29 Z");
        triangle.getStyleClass().add("warning-triangle");
        SVGPath mark = new SVGPath();
        mark.setContent("M14.5 10 H17.5 L17 21 H15 Z M14.5 23.5 H17.5 V26.5 H14.5 Z");
        mark.getStyleClass().add("warning-mark");
        Group icon = new Group(triangle, mark);
        icon.getStyleClass().add("warning-icon");
        return icon;
    }
}
