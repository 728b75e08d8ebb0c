package org.sitebinder.engine;

import java.util.Locale;

/** How bad a finding is. Any error makes {@code check} exit 1. Declared in report order. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning}, {@code info}: the word the CLI prints. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
