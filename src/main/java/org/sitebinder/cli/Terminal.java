package org.sitebinder.cli;

import org.sitebinder.engine.Severity;

/** Colour only on a terminal (CLI.md): pipes and files get plain text. */
final class Terminal {
    private Terminal() {
    }

    static boolean colours() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    static String severity(Severity s, boolean colour) {
        if (!colour) {
            return s.label();
        }
        String code = switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
        return code + s.label() + "\u001b[0m";
    }
}
