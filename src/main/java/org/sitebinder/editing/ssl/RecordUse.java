package org.sitebinder.editing.ssl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.ImpactAnalyzer;

/**
 * Which SSL records some bindings are served by, and whether anything else still uses them. Asks
 * the engine's impact of each candidate record, so "served by" keeps its one definition (RULES.md
 * section 2), fallback included.
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
     * @param site    the site whose bindings are considered (the only place {@code leaving} looks)
     */
    static List<Use> of(ServerDocument doc, ImpactAnalyzer analyzer, int site, Predicate<BindingRef> leaving) {
        Set<Integer> ports = new HashSet<>();
        List<Binding> bindings = doc.sites().get(site).bindings();
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            if (b.isHttps() && b.address().portValid() && leaving.test(new BindingRef(site, i))) {
                ports.add(b.address().port());
            }
        }
        List<Use> out = new ArrayList<>();
        if (!doc.sslRecordsKnown() || ports.isEmpty()) {
            return out;
        }
        Set<SslRecordKey> seen = new LinkedHashSet<>();
        for (SslRecord r : doc.sslRecords()) {
            // only records of the same port can serve these bindings: skip the rest without asking the engine
            if (!ports.contains(r.key().port()) || !seen.add(r.key())) {
                continue;
            }
            boolean mine = false;
            boolean others = false;
            for (Affected a : analyzer.remapRecord(doc, r.key()).affected()) {
                if (leaving.test(a.bindingRef())) {
                    mine = true;
                } else {
                    others = true;
                }
            }
            if (mine) {
                out.add(new Use(r.key(), others, r.ownedByIis()));
            }
        }
        return out;
    }
}
