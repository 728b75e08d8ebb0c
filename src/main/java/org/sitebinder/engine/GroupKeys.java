package org.sitebinder.engine;

import java.util.Objects;
import org.sitebinder.domain.IpAddress;

/**
 * The hash keys of the conflict groups. Each finding belongs to exactly one key, so an edit
 * re-computes only the keys its old and new bindings map to.
 *
 * <p>equals and hashCode are written out: a record's generated ones are bootstrapped through
 * method handles on first use, which a command-line check pays for at every start.
 */
final class GroupKeys {
    private GroupKeys() {
    }

    /** Same listener, port and host: DUPLICATE_BINDING and OVERLAPPING_BINDING. */
    record HostPort(int listener, int port, String host) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HostPort k && k.listener == listener && k.port == port && Objects.equals(k.host, host);
        }

        @Override
        public int hashCode() {
            return (listener * 31 + port) * 31 + Objects.hashCode(host);
        }
    }

    /** One port: PROTOCOL_CONFLICT, PORT_IN_USE, NO_DEFAULT_SSL. */
    record Port(int port) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Port k && k.port == port;
        }

        @Override
        public int hashCode() {
            return port;
        }
    }

    /** One SSL record (by key id): SHARED_SSL_ENDPOINT, ORPHAN_SSL_CERT. */
    record Record(int id) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Record k && k.id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    /** Bindings served by no record that expect the same record: MISSING_SSL_CERT. */
    record Missing(String expected) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Missing k && Objects.equals(k.expected, expected);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(expected);
        }
    }

    /** Bindings on one port served by one certificate that fails them: CERT_EXPIRED, CERT_NAME_MISMATCH. */
    record Cert(boolean expiry, String thumbprint, int port) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Cert k && k.expiry == expiry && k.port == port && Objects.equals(k.thumbprint, thumbprint);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(thumbprint) * 31 + port) * 2 + (expiry ? 1 : 0);
        }
    }

    /** Records unknown: non-SNI, non-CCS https bindings on one IP and port (SHARED_SSL_ENDPOINT). */
    record IpPort(IpAddress ip, int port) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IpPort k && k.port == port && Objects.equals(k.ip, ip);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(ip) * 31 + port;
        }
    }

    /** The rules about one binding alone. */
    record Single(long ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Single k && k.ref == ref;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(ref);
        }
    }

    /** One DUPLICATE_SITE component, named by its first site. */
    record Sites(int first) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Sites k && k.first == first;
        }

        @Override
        public int hashCode() {
            return first;
        }
    }
}
