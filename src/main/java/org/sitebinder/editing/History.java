package org.sitebinder.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.sitebinder.domain.ServerDocument;

/**
 * The undo and redo stacks over immutable document values. Every change of the current value
 * (push, undo, redo, reset) increments {@link #revision()} and notifies listeners; the saved mark
 * remembers which value was last written to disk, so undoing back to it makes the document clean.
 */
public final class History {

    private record Entry(Command command, long serial) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private ServerDocument current;
    private long revision;
    private long nextSerial = 1;
    private long savedSerial;
    private boolean lastWasPush;
    private boolean notifying;

    public History(ServerDocument initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The document as it is now. */
    public ServerDocument current() {
        return current;
    }

    /** Increments on every change of {@link #current()}; panels compare it to know they are stale. */
    public long revision() {
        return revision;
    }

    /**
     * Applies a command and makes it the newest undo step. A command on the same field as the
     * previous push merges into it, unless the document was saved in between. Clears redo.
     * A command that changes nothing is dropped.
     *
     * @throws IllegalStateException when called from a listener (a change while reporting one)
     */
    public void push(Command command) {
        refuseReentry();
        ServerDocument next = command.apply(current);
        if (next.equals(current)) {
            return;
        }
        Entry top = undo.peek();
        if (top != null && lastWasPush && top.serial() != savedSerial && command.coalesceKey() != null
                && command.coalesceKey().equals(top.command().coalesceKey())) {
            undo.pop();
            undo.push(new Entry(top.command().coalesce(command), nextSerial++));
        } else {
            undo.push(new Entry(command, nextSerial++));
        }
        redo.clear();
        lastWasPush = true;
        moveTo(next);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the step {@link #undo()} would revert, or empty. */
    public String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().command().label();
    }

    /** The label of the step {@link #redo()} would re-apply, or empty. */
    public String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().command().label();
    }

    /** Reverts the newest step; does nothing when there is none. */
    public void undo() {
        refuseReentry();
        if (undo.isEmpty()) {
            return;
        }
        Entry e = undo.pop();
        redo.push(e);
        lastWasPush = false;
        moveTo(e.command().revert(current));
    }

    /** Re-applies the newest undone step; does nothing when there is none. */
    public void redo() {
        refuseReentry();
        if (redo.isEmpty()) {
            return;
        }
        Entry e = redo.pop();
        undo.push(e);
        lastWasPush = false;
        moveTo(e.command().apply(current));
    }

    /** Records that the current value is what is on disk. */
    public void markSaved() {
        savedSerial = topSerial();
        lastWasPush = false;
        notifyListeners();
    }

    /** Whether the current value differs from the last saved one (or from the start, if never saved). */
    public boolean isDirty() {
        return topSerial() != savedSerial;
    }

    /** Starts over on another document (New, Open): no undo, no redo, clean. */
    public void reset(ServerDocument document) {
        refuseReentry();
        undo.clear();
        redo.clear();
        savedSerial = 0;
        lastWasPush = false;
        moveTo(Objects.requireNonNull(document, "document"));
    }

    /** Called after every change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private long topSerial() {
        return undo.isEmpty() ? 0 : undo.peek().serial();
    }

    private void moveTo(ServerDocument next) {
        current = next;
        revision++;
        notifyListeners();
    }

    private void notifyListeners() {
        notifying = true;
        try {
            for (Runnable l : List.copyOf(listeners)) {
                l.run();
            }
        } finally {
            notifying = false;
        }
    }

    private void refuseReentry() {
        if (notifying) {
            throw new IllegalStateException("the document cannot change while a change is being reported");
        }
    }
}
