package org.sitebinder.editing;

import org.sitebinder.domain.ServerDocument;

/**
 * One undoable change of a document. Documents are immutable values, so a command maps one
 * revision to the next and back; {@link History} keeps the values, which makes undo cheap.
 */
public interface Command {

    /** What the change does, in the words of the Edit menu ("Change port of 'Shop'"). */
    String label();

    /** The document after the change. */
    ServerDocument apply(ServerDocument document);

    /** The document before the change. */
    ServerDocument revert(ServerDocument document);

    /**
     * Identifies the field a command edits, so that typing in one field makes one undo step; or
     * {@code null} when the command never merges.
     */
    default String coalesceKey() {
        return null;
    }

    /**
     * Merges a command that follows this one on the same field into one step, which reverts to
     * this command's starting point.
     *
     * @throws IllegalArgumentException when the keys differ
     */
    Command coalesce(Command next);
}
