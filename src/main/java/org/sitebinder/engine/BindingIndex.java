package org.sitebinder.engine;

import java.util.HashMap;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.IpAddress;

/**
 * The hash indexes of one document: every binding placed in the buckets of the groups it can belong
 * to. Placing is reversible, so an edit removes a site's old bindings and adds its new ones, and
 * reports every group key it touched.
 */
final class BindingIndex {
    final SslLookup ssl;
    /** The small buckets: missing records, certificates, IP:port without records. */
    final Map<Object, LongList> buckets = new HashMap<>();
    /** Listener, port and host (DUPLICATE_BINDING, OVERLAPPING_BINDING): one entry per binding, so no object per entry. */
    final KeyTable hostPorts;
    final PortBucket[] ports = new PortBucket[65536];
    /** Per record key id: the https bindings it serves. */
    final RefSets served;
    private final IntList scratch = new IntList();
    /** While a full check places its bindings: the listener/port/host keys, added to {@link #hostPorts} at once after. */
    private KeyTable.Batch bulk;

    BindingIndex(SslLookup ssl, int expectedBindings) {
        this.ssl = ssl;
        this.hostPorts = new KeyTable(expectedBindings, false);
        this.served = new RefSets(ssl.keyCount());
    }

    /** Defers the listener/port/host keys of the adds that follow until {@link #endBulk}: see {@link KeyTable#addAll}. */
    void beginBulk(int expected) {
        bulk = new KeyTable.Batch(expected);
    }

    void endBulk() {
        hostPorts.addAll(bulk);
        bulk = null;
    }

    static long hostPortNumber(int listener, int port) {
        return ((long) listener << 20) | port;
    }

    /** The members of a listener/port/host bucket, in document order (empty when none). */
    long[] hostPort(GroupKeys.HostPort key) {
        int slot = hostPorts.find(hostPortNumber(key.listener(), key.port()), key.host());
        return slot < 0 ? new long[0] : hostPorts.members(slot);
    }

    /**
     * Adds or removes one binding. {@code dirty}, when not null, receives the key of every group
     * whose members changed, and for ports and records, the member itself.
     */
    void place(long ref, Binding binding, boolean add, Dirty dirty) {
        if (dirty != null) {
            dirty.touch(new GroupKeys.Single(ref));
        }
        int listener = Listener.of(binding);
        BindingAddress a = binding.address();
        if (listener == Listener.NONE || !a.portValid()) {
            return;
        }
        int port = a.port();
        IpAddress ip = a.ip();
        PortBucket pb = ports[port];
        if (pb == null) {
            pb = new PortBucket();
            ports[port] = pb;
        }
        pb.place(ref, listener, ip, binding, add);
        if (pb.isEmpty()) {
            ports[port] = null;
        }
        if (dirty != null) {
            dirty.member(new GroupKeys.Port(port),
                    new Dirty.PortMember(ref, listener, ip, !binding.sni() && !binding.ccs()), add);
        }
        if (ip == null || listener == Listener.NET_TCP) {
            return;
        }
        String host = a.hostKey();
        long number = hostPortNumber(listener, port);
        if (add && bulk != null) {
            bulk.add(number, host, ref);
        } else if (add) {
            hostPorts.add(number, host, ref);
        } else {
            hostPorts.remove(number, host, ref);
        }
        if (dirty != null) {
            dirty.touch(new GroupKeys.HostPort(listener, port, host));
        }
        if (listener == Listener.HTTPS) {
            placeHttps(ref, binding, host, add, dirty);
        }
    }

    private void placeHttps(long ref, Binding binding, String host, boolean add, Dirty dirty) {
        BindingAddress a = binding.address();
        if (!ssl.known()) {
            if (!binding.sni() && !binding.ccs()) {
                bucket(new GroupKeys.IpPort(a.ip(), a.port()), ref, add, dirty);
            }
            return;
        }
        ssl.servedBy(binding, host, scratch);
        if (scratch.size() == 0) {
            bucket(new GroupKeys.Missing(SslLookup.expectedRecord(binding)), ref, add, dirty);
            return;
        }
        for (int i = 0; i < scratch.size(); i++) {
            int id = scratch.get(i);
            if (add) {
                served.add(id, ref);
            } else {
                served.remove(id, ref);
            }
            if (dirty != null) {
                dirty.member(new GroupKeys.Record(id), ref, add);
            }
            CertificateFacts cert = ssl.certificate(id);
            if (cert == null) {
                continue;
            }
            if (cert.expiry != CertificateFacts.VALID) {
                bucket(new GroupKeys.Cert(true, cert.thumbprint, a.port()), ref, add, dirty);
            }
            if (!host.isEmpty() && !cert.covers(host)) {
                bucket(new GroupKeys.Cert(false, cert.thumbprint, a.port()), ref, add, dirty);
            }
        }
    }

    private void bucket(Object key, long ref, boolean add, Dirty dirty) {
        if (dirty != null) {
            dirty.touch(key);
        }
        if (add) {
            buckets.computeIfAbsent(key, k -> new LongList()).add(ref);
            return;
        }
        LongList list = buckets.get(key);
        if (list != null) {
            list.remove(ref);
            if (list.isEmpty()) {
                buckets.remove(key);
            }
        }
    }

    LongList bucket(Object key) {
        return buckets.get(key);
    }
}
