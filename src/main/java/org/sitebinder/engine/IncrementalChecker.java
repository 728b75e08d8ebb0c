package org.sitebinder.engine;

import java.util.Objects;
import org.sitebinder.domain.ServerDocument;

/**
 * Keeps the findings of a document current across edits: {@link #update} re-checks only the groups
 * the changed sites and bindings belong to (found by comparing the new document's sites with the
 * previous ones by identity), so the GUI can highlight as the user types. Changed SSL records,
 * certificates or reserved ports, or many changed sites, make it run a full check instead. Its
 * result always equals {@link BindingEngine#check} of the same document. Not thread-safe: one
 * owner calls it.
 */
public final class IncrementalChecker {
    private final CheckState state;

    public IncrementalChecker(BindingEngine engine, ServerDocument initial) {
        this.state = Objects.requireNonNull(engine, "engine").start(Objects.requireNonNull(initial, "initial"));
    }

    /** The findings of the last document checked. */
    public Findings findings() {
        return state.findings();
    }

    /** Re-checks after an edit and returns the new findings. */
    public Findings update(ServerDocument next) {
        return state.update(Objects.requireNonNull(next, "next"));
    }

    /**
     * The findings {@code candidate} would have, leaving this checker on the document it holds: an
     * edit checked before it is made, such as a binding being typed in a dialog. Two incremental
     * updates, there and back, so it costs what an edit costs.
     */
    public Findings probe(ServerDocument candidate) {
        Objects.requireNonNull(candidate, "candidate");
        ServerDocument held = state.document();
        Findings result = state.update(candidate);
        state.update(held);
        return result;
    }
}
