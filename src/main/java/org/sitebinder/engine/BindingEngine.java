package org.sitebinder.engine;

import java.time.Clock;
import org.sitebinder.domain.ServerDocument;

/** Checks a document against every rule of RULES.md. A pure function of the document and the clock. */
public final class BindingEngine {
    private final Clock clock;

    public BindingEngine() {
        this(Clock.systemUTC());
    }

    /** @param clock what "now" is for CERT_EXPIRED */
    public BindingEngine(Clock clock) {
        this.clock = clock;
    }

    public Findings check(ServerDocument document) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }
}
