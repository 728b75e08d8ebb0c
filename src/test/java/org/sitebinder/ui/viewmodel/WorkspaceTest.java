package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.editing.Edits;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Code;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.ui.Fixtures;

/** The re-check runs on a worker; these tests hold its work back to see what the window shows meanwhile. */
class WorkspaceTest {
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Workspace ws = new Workspace(new BindingEngine(), new Tasks(worker::add, Runnable::run));

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    private boolean shows(Code code) {
        return ws.findingsProperty().get().findings().all().stream().anyMatch(f -> f.code() == code);
    }

    @Test
    void theDocumentIsShownWithItsFindingsOnlyWhenTheyArrive() {
        ws.adopt(ws.prepare(Fixtures.web01(), null, null, null, "demo"));
        long shownRevision = ws.revisionProperty().get();
        ws.push(Edits.editBinding(ws.current(), new BindingRef(2, 0), Binding.of("http", "*:443:blog.example")));

        assertThat(ws.dirtyProperty().get()).isTrue();
        assertThat(ws.revisionProperty().get()).isEqualTo(shownRevision);
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isFalse();

        runWorker();
        assertThat(ws.revisionProperty().get()).isGreaterThan(shownRevision);
        assertThat(ws.documentProperty().get()).isSameAs(ws.current());
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isTrue();
    }

    @Test
    void redoingToARevisionCheckedButNeverShownStillShowsItsFindings() {
        ws.adopt(ws.prepare(Fixtures.web01(), null, null, null, "demo"));
        ws.push(Edits.editBinding(ws.current(), new BindingRef(2, 0), Binding.of("http", "*:443:blog.example")));
        ws.undo();
        runWorker();
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isFalse();

        ws.redo();
        runWorker();
        assertThat(ws.documentProperty().get()).isSameAs(ws.current());
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isTrue();
    }

    @Test
    void aCandidateIsCheckedOnTheWorkerWithoutChangingTheFindingsShownOrTheNextRecheck() {
        ws.adopt(ws.prepare(Fixtures.web01(), null, null, null, "demo"));
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isFalse();
        ServerDocument candidate = Edits.editBinding(ws.current(), new BindingRef(2, 0), Binding.of("http", "*:443:blog.example"))
                .apply(ws.current());
        List<Findings> results = new ArrayList<>();
        ws.checkCandidate(candidate, results::add, e -> { throw new AssertionError(e); });
        assertThat(results).isEmpty();

        runWorker();
        assertThat(results).singleElement().satisfies(f -> assertThat(f.all()).extracting(Finding::code).contains(Code.PROTOCOL_CONFLICT));
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isFalse();
        assertThat(ws.dirtyProperty().get()).isFalse();

        // an unrelated edit afterwards is checked against the document, not against the candidate
        ws.push(Edits.editBinding(ws.current(), new BindingRef(3, 0), Binding.of("http", "10.0.0.5:81:")));
        runWorker();
        assertThat(ws.findingsProperty().get().findings().all()).isEqualTo(new BindingEngine().check(ws.current()).all());
        assertThat(shows(Code.PROTOCOL_CONFLICT)).isFalse();
    }
}
