package org.sitebinder.engine;

import java.time.Clock;
import org.sitebinder.domain.ServerDocument;

/**
 * Checks a document against every rule of RULES.md. A pure function of the document and the clock;
 * a check is one pass over the bindings into hash indexes (by port, IP:port, host, SSL record), then
 * one pass over the groups those indexes hold.
 */
public final class BindingEngine {
    private final Clock clock;

    public BindingEngine() {
        this(Clock.systemUTC());
    }

    /** @param clock what "now" is for CERT_EXPIRED */
    public BindingEngine(Clock clock) {
        this.clock = clock;
    }

    /** Every finding of the document, in report order. */
    public Findings check(ServerDocument document) {
        return new CheckState(document, clock).findings();
    }

    CheckState start(ServerDocument document) {
        return new CheckState(document, clock);
    }
}
