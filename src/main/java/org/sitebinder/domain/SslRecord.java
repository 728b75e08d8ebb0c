package org.sitebinder.domain;

import java.util.List;

/**
 * One record of http.sys's SSL table: which certificate answers TLS handshakes on an endpoint.
 *
 * @param key             IP:port, Hostname:port or CCS port
 * @param certificateHash the certificate's SHA-1 thumbprint as netsh prints it (hex, or {@code (null)} / redacted text)
 * @param storeName       the certificate store (MY, WebHosting, ...), or empty
 * @param applicationId   the owning program's GUID, braces included
 * @param otherFields     every other line of the netsh record, in order, so nothing is lost on write-back
 * @param extras          document fields the model does not know
 */
public record SslRecord(SslRecordKey key, String certificateHash, String storeName, String applicationId,
                        List<Field> otherFields, Extras extras) {

    /** IIS's application id. */
    public static final String IIS_APP_ID = "{4dc3e181-e14b-4a21-b022-59fc669b0914}";
    /** IIS Express's application id. */
    public static final String IIS_EXPRESS_APP_ID = "{214124cd-d05b-4309-9af9-9caa44b2b74a}";

    /**
     * One {@code Label : value} line of a netsh record.
     *
     * @param extras document fields the model does not know
     */
    public record Field(String label, String value, Extras extras) {
        public Field {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
            extras = extras == null ? Extras.NONE : extras;
        }

        public Field(String label, String value) {
            this(label, value, Extras.NONE);
        }
    }

    public SslRecord {
        java.util.Objects.requireNonNull(key, "key");
        certificateHash = certificateHash == null ? "" : certificateHash;
        storeName = storeName == null ? "" : storeName;
        applicationId = applicationId == null ? "" : applicationId;
        otherFields = List.copyOf(otherFields == null ? List.of() : otherFields);
        extras = extras == null ? Extras.NONE : extras;
    }

    public SslRecord(SslRecordKey key, String certificateHash, String storeName, String applicationId) {
        this(key, certificateHash, storeName, applicationId, List.of(), Extras.NONE);
    }

    /** Whether the record belongs to IIS or IIS Express (only those can be orphans). */
    public boolean ownedByIis() {
        return IIS_APP_ID.equalsIgnoreCase(applicationId) || IIS_EXPRESS_APP_ID.equalsIgnoreCase(applicationId);
    }

    /** The thumbprint normalised for lookup: lower-case hex without spaces. */
    public String thumbprintKey() {
        return Certificate.normaliseThumbprint(certificateHash);
    }

    public SslRecord withCertificateHash(String hash) {
        return new SslRecord(key, hash, storeName, applicationId, otherFields, extras);
    }
}
