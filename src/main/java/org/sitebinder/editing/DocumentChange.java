package org.sitebinder.editing;

import java.util.Objects;
import org.sitebinder.domain.ServerDocument;

/**
 * A command as the pair of document values it moves between. Every edit in {@link Edits} is one of
 * these: computing the next value is the edit, keeping both values is the undo.
 */
public final class DocumentChange implements Command {
    private final String label;
    private final ServerDocument before;
    private final ServerDocument after;
    private final String key;

    /**
     * @param label  the Edit menu text
     * @param before the document the change starts from
     * @param after  the document it produces
     * @param key    the coalescing key, or {@code null}
     */
    public DocumentChange(String label, ServerDocument before, ServerDocument after, String key) {
        this.label = Objects.requireNonNull(label, "label");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.key = key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public ServerDocument apply(ServerDocument document) {
        requireSame(document, before, "apply");
        return after;
    }

    @Override
    public ServerDocument revert(ServerDocument document) {
        requireSame(document, after, "revert");
        return before;
    }

    @Override
    public String coalesceKey() {
        return key;
    }

    @Override
    public Command coalesce(Command next) {
        if (key == null || !key.equals(next.coalesceKey())) {
            throw new IllegalArgumentException("cannot merge '" + label + "' with '" + next.label() + "'");
        }
        return new DocumentChange(next.label(), before, next.apply(after), key);
    }

    /** Whether applying the change leaves the document as it was (an edit to the same value). */
    public boolean isNoOp() {
        return before.equals(after);
    }

    private void requireSame(ServerDocument given, ServerDocument expected, String what) {
        // a snapshot pair is only meaningful on the revision it was computed from
        if (given != expected && !given.equals(expected)) {
            throw new IllegalStateException("cannot " + what + " '" + label + "' on a different revision");
        }
    }
}
