package org.sitebinder.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Small vector icons: a Region shaped in CSS (base.css), so every icon is drawn the same way and
 * coloured by the same variables as the rows they sit in.
 */
final class Icons {

    private Icons() {
    }

    /** A shape icon, {@code kind} being its style class suffix: server, folder, lock, certificate, endpoint. */
    static Region shape(String kind) {
        return new ShapeIcon(kind);
    }

    /** The severity badge: a round red ✕, an amber triangle with !, a blue round i. */
    static Label severity(String level) {
        Label l = new Label();
        l.getStyleClass().add("severity-icon");
        setSeverity(l, level);
        return l;
    }

    static void setSeverity(Label badge, String level) {
        String l = level == null ? "" : level;
        badge.setText(switch (l) {
            case "error" -> "✕";
            case "warning" -> "!";
            case "info" -> "i";
            default -> "";
        });
        badge.setVisible(!l.isEmpty());
        Styles.level(badge, l);
    }

    /** The site state: a green triangle when started, a grey square when stopped. */
    static Region state(boolean started) {
        Region r = new Region();
        r.getStyleClass().addAll("icon", "icon-state");
        setState(r, started);
        return r;
    }

    static void setState(Region icon, boolean started) {
        icon.pseudoClassStateChanged(Styles.STOPPED, !started);
    }
}
