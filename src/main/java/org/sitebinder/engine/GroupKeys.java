package org.sitebinder.engine;

import org.sitebinder.domain.IpAddress;

/**
 * The hash keys of the conflict groups. Each finding belongs to exactly one key, so an edit
 * re-computes only the keys its old and new bindings map to.
 */
final class GroupKeys {
    private GroupKeys() {
    }

    /** Same listener, port and host: DUPLICATE_BINDING and OVERLAPPING_BINDING. */
    record HostPort(int listener, int port, String host) {
    }

    /** One port: PROTOCOL_CONFLICT, PORT_IN_USE, NO_DEFAULT_SSL. */
    record Port(int port) {
    }

    /** One SSL record (by key id): SHARED_SSL_ENDPOINT, ORPHAN_SSL_CERT. */
    record Record(int id) {
    }

    /** Bindings served by no record that expect the same record: MISSING_SSL_CERT. */
    record Missing(String expected) {
    }

    /** Bindings on one port served by one certificate that fails them: CERT_EXPIRED, CERT_NAME_MISMATCH. */
    record Cert(boolean expiry, String thumbprint, int port) {
    }

    /** Records unknown: non-SNI, non-CCS https bindings on one IP and port (SHARED_SSL_ENDPOINT). */
    record IpPort(IpAddress ip, int port) {
    }

    /** The rules about one binding alone. */
    record Single(long ref) {
    }

    /** One DUPLICATE_SITE component, named by its first site. */
    record Sites(int first) {
    }
}
