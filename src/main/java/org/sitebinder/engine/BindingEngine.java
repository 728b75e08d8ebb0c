package org.sitebinder.engine;

import java.time.Clock;
import java.util.List;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;

/**
 * Checks a document against every rule of RULES.md. A pure function of the document and the clock;
 * a check is one pass over the bindings into hash indexes (by port, IP:port, host, SSL record), then
 * one pass over the groups those indexes hold.
 */
public final class BindingEngine {
    private final Clock clock;

    public BindingEngine() {
        this(Clock.systemUTC());
    }

    /** @param clock what "now" is for CERT_EXPIRED */
    public BindingEngine(Clock clock) {
        this.clock = clock;
    }

    /** Records indexed ahead of a check by {@link #prepare}, or null. */
    private volatile Prepared prepared;

    /** Every finding of the document, in report order. */
    public Findings check(ServerDocument document) {
        return new CheckState(document, clock, take(document)).findings();
    }

    /**
     * Indexes SSL records ahead of the next {@link #check}: a command-line check calls this on the
     * thread that read the netsh listing while the sites are still being read. The check uses the
     * index only for a document that holds this very list and no certificates (as one read from
     * applicationHost.config does); any other document is indexed as always.
     */
    public void prepare(List<SslRecord> records) {
        ServerDocument recordsOnly = ServerDocument.empty("").withSslRecords(records);
        prepared = new Prepared(recordsOnly.sslRecords(), new SslLookup(recordsOnly, clock.instant()));
    }

    private SslLookup take(ServerDocument document) {
        Prepared p = prepared;
        prepared = null;
        return p != null && document.sslRecordsKnown() && document.sslRecords() == p.records()
                && document.certificates().isEmpty() ? p.lookup() : null;
    }

    private record Prepared(List<SslRecord> records, SslLookup lookup) {
    }

    CheckState start(ServerDocument document) {
        return new CheckState(document, clock, null);
    }
}
