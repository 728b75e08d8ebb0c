package org.sitebinder.editing.ssl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.ImpactAnalyzer;

/**
 * Which SSL records some bindings are served by, and whether anything else still uses them. Asks
 * the engine, so "served by" keeps its one definition (RULES.md section 2), fallback included.
 */
final class RecordUse {

    /** A record the leaving bindings used, and whether another binding still uses it. */
    record Use(SslRecordKey key, boolean usedByOthers, boolean ownedByIis) {
    }

    private RecordUse() {
    }

    /**
     * The records serving any binding {@code leaving} accepts, in listing order.
     *
     * @param leaving the bindings that go away
     */
    static List<Use> of(ServerDocument doc, ImpactAnalyzer analyzer, Predicate<BindingRef> leaving) {
        Map<SslRecordKey, Boolean> serving = analyzer.recordsServing(doc, leaving);
        List<Use> out = new ArrayList<>();
        for (SslRecord r : doc.sslRecords()) {
            Boolean usedByOthers = serving.remove(r.key());
            if (usedByOthers != null) {
                out.add(new Use(r.key(), usedByOthers, r.ownedByIis()));
            }
        }
        return out;
    }
}
