package org.sitebinder.engine;

import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecordKey;

/** Lists the sites an operation on an SSL record touches (RULES.md section 4). */
public final class ImpactAnalyzer {

    /** Deleting site {@code siteIndex}: the other sites served by the records its https bindings use. */
    public Impact deleteSite(ServerDocument document, int siteIndex) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }

    /** Removing one binding: the other sites served by the records that binding uses. */
    public Impact removeBinding(ServerDocument document, BindingRef binding) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }

    /** Remapping record {@code key} to another certificate: every site it serves. */
    public Impact remapRecord(ServerDocument document, SslRecordKey key) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }

    /** Removing record {@code key}: every site it serves. */
    public Impact removeRecord(ServerDocument document, SslRecordKey key) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }
}
