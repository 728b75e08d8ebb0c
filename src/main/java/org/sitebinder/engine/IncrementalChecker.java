package org.sitebinder.engine;

import org.sitebinder.domain.ServerDocument;

/**
 * Keeps the findings of a document current across edits: {@link #update} re-checks only the groups
 * the changed sites and bindings belong to (found by comparing the new document's sites with the
 * previous ones by identity), so the GUI can highlight as the user types.
 */
public final class IncrementalChecker {
    public IncrementalChecker(BindingEngine engine, ServerDocument initial) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }

    public Findings findings() {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }

    /** Re-checks after an edit and returns the new findings. */
    public Findings update(ServerDocument next) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }
}
