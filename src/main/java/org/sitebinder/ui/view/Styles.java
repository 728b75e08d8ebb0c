package org.sitebinder.ui.view;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The pseudo-classes that show a finding's severity on a row, a cell or a tree node. */
final class Styles {
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass INFO = PseudoClass.getPseudoClass("info");
    static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");
    private static final List<PseudoClass> LEVELS = List.of(ERROR, WARNING, INFO);

    private Styles() {
    }

    /** Sets exactly the pseudo-class of {@code level} ({@code error}, {@code warning}, {@code info}; empty for none). */
    static void level(Node node, String level) {
        String l = level == null ? "" : level;
        for (PseudoClass pc : LEVELS) {
            node.pseudoClassStateChanged(pc, pc.getPseudoClassName().equals(l));
        }
    }
}
