package org.sitebinder.engine;

import java.util.Collection;
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
    final Map<Object, LongList> buckets = new HashMap<>();
    final PortBucket[] ports = new PortBucket[65536];
    /** Per record key id: the https bindings it serves. */
    final LongList[] served;
    private final IntList scratch = new IntList();

    BindingIndex(SslLookup ssl) {
        this.ssl = ssl;
        this.served = new LongList[ssl.keyCount()];
        for (int i = 0; i < served.length; i++) {
            served[i] = new LongList();
        }
    }

    /**
     * Adds or removes one binding. {@code dirty}, when not null, receives the key of every group
     * whose members changed.
     */
    void place(long ref, Binding binding, boolean add, Collection<Object> dirty) {
        if (dirty != null) {
            dirty.add(new GroupKeys.Single(ref));
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
            dirty.add(new GroupKeys.Port(port));
        }
        if (ip == null) {
            return;
        }
        if (listener != Listener.NET_TCP) {
            bucket(new GroupKeys.HostPort(listener, port, a.hostKey()), ref, add, dirty);
        }
        if (listener == Listener.HTTPS) {
            placeHttps(ref, binding, add, dirty);
        }
    }

    private void placeHttps(long ref, Binding binding, boolean add, Collection<Object> dirty) {
        BindingAddress a = binding.address();
        if (!ssl.known()) {
            if (!binding.sni() && !binding.ccs()) {
                bucket(new GroupKeys.IpPort(a.ip(), a.port()), ref, add, dirty);
            }
            return;
        }
        ssl.servedBy(binding, scratch);
        if (scratch.size() == 0) {
            bucket(new GroupKeys.Missing(SslLookup.expectedRecord(binding)), ref, add, dirty);
            return;
        }
        String host = a.hostKey();
        for (int i = 0; i < scratch.size(); i++) {
            int id = scratch.get(i);
            if (add) {
                served[id].add(ref);
            } else {
                served[id].remove(ref);
            }
            if (dirty != null) {
                dirty.add(new GroupKeys.Record(id));
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

    private void bucket(Object key, long ref, boolean add, Collection<Object> dirty) {
        if (dirty != null) {
            dirty.add(key);
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
