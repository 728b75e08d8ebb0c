package org.sitebinder.engine;

/** The stable rule codes of RULES.md section 3, shared by the GUI, the CLI and the tests. */
public enum Code {
    DUPLICATE_BINDING(Severity.ERROR),
    PROTOCOL_CONFLICT(Severity.ERROR),
    PORT_IN_USE(Severity.ERROR),
    DUPLICATE_SITE(Severity.ERROR),
    MISSING_SSL_CERT(Severity.ERROR),
    SNI_WITHOUT_HOST(Severity.ERROR),
    CCS_WITHOUT_HOST(Severity.ERROR),
    INVALID_PORT(Severity.ERROR),
    INVALID_ADDRESS(Severity.ERROR),
    INVALID_HOST(Severity.ERROR),
    SHARED_SSL_ENDPOINT(Severity.WARNING),
    SNI_RECORD_MISSING(Severity.WARNING),
    NO_DEFAULT_SSL(Severity.WARNING),
    CERT_NAME_MISMATCH(Severity.WARNING),
    CERT_EXPIRED(Severity.WARNING),
    ORPHAN_SSL_CERT(Severity.INFO),
    OVERLAPPING_BINDING(Severity.INFO);

    private final Severity severity;

    Code(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
