package org.sitebinder.editing.ssl;

import java.util.List;
import java.util.Objects;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecordKey;

/**
 * The outcome of one operation on sites and SSL records: the next document, the words for the undo
 * history, and what happened to the SSL records the operation touched.
 *
 * @param document       the document after the operation
 * @param label          the Edit menu text ("Change certificate of 0.0.0.0:443 for 3 sites")
 * @param removedRecords records taken out of the SSL table, in listing order
 * @param keptRecords    records the deleted site or binding used that stay, because other sites
 *                       still use them or because they belong to another program
 */
public record SslEdit(ServerDocument document, String label, List<SslRecordKey> removedRecords,
                      List<SslRecordKey> keptRecords) {
    public SslEdit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(label, "label");
        removedRecords = List.copyOf(removedRecords);
        keptRecords = List.copyOf(keptRecords);
    }
}
