package org.sitebinder.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * RULES.md section 2, implemented once: which SSL records serve a binding, and which record a
 * connection gets. Records are identified by a key id: distinct keys numbered in listing order, so
 * comparing ids compares listing order.
 */
final class SslLookup {
    private static final int[] NONE = new int[0];

    /** The records of one port that the IP-based steps of the lookup need. */
    private static final class PortRecords {
        int ipv4Any = -1;
        int ipv6Any = -1;
        int ccs = -1;
        int[] specific = NONE;
        boolean anyIpRecord;
    }

    private final boolean known;
    private final List<SslRecord> records;
    private final Map<SslRecordKey, Integer> ids = new HashMap<>();
    private final SslRecordKey[] keys;
    private final int[] firstRecord;
    private final Map<Integer, PortRecords> byPort = new HashMap<>();
    private final Map<String, CertificateFacts> certificates = new HashMap<>();
    private final CertificateFacts[] certificateOfKey;
    private final Instant nextChange;

    SslLookup(ServerDocument document, Instant now) {
        this.known = document.sslRecordsKnown();
        this.records = known ? document.sslRecords() : List.of();
        Instant next = null;
        for (Certificate c : document.certificates()) {
            CertificateFacts facts = new CertificateFacts(c, now);
            if (certificates.putIfAbsent(facts.thumbprint, facts) == null) {
                Instant change = CertificateFacts.nextChange(c, now);
                if (change != null && (next == null || change.isBefore(next))) {
                    next = change;
                }
            }
        }
        this.nextChange = next;
        int n = records.size();
        SslRecordKey[] keyBuf = new SslRecordKey[n];
        int[] firstBuf = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            SslRecordKey key = records.get(r).key();
            if (ids.putIfAbsent(key, count) == null) {
                keyBuf[count] = key;
                firstBuf[count] = r;
                count++;
            }
        }
        keys = java.util.Arrays.copyOf(keyBuf, count);
        firstRecord = java.util.Arrays.copyOf(firstBuf, count);
        certificateOfKey = new CertificateFacts[count];
        Map<Integer, IntList> specifics = new HashMap<>();
        for (int id = 0; id < count; id++) {
            SslRecordKey key = keys[id];
            certificateOfKey[id] = certificates.get(records.get(firstRecord[id]).thumbprintKey());
            PortRecords pr = byPort.computeIfAbsent(key.port(), p -> new PortRecords());
            switch (key.kind()) {
                case CCS -> pr.ccs = id;
                case IP_PORT -> {
                    pr.anyIpRecord = true;
                    if (SslRecordKey.IPV4_ANY.equals(key.address())) {
                        pr.ipv4Any = id;
                    } else if (SslRecordKey.IPV6_ANY.equals(key.address())) {
                        pr.ipv6Any = id;
                    } else {
                        specifics.computeIfAbsent(key.port(), p -> new IntList()).add(id);
                    }
                }
                default -> { }
            }
        }
        specifics.forEach((port, list) -> {
            int[] arr = new int[list.size()];
            for (int i = 0; i < arr.length; i++) {
                arr[i] = list.get(i);
            }
            byPort.get(port).specific = arr;
        });
    }

    boolean known() {
        return known;
    }

    int keyCount() {
        return keys.length;
    }

    SslRecordKey key(int id) {
        return keys[id];
    }

    /** The first record in listing order with this key. */
    SslRecord record(int id) {
        return records.get(firstRecord[id]);
    }

    /** Every record index with the key of {@code id}, for orphans (a listing can repeat a key). */
    void recordsOf(int id, IntList out) {
        out.clear();
        SslRecordKey key = keys[id];
        for (int r = firstRecord[id]; r < records.size(); r++) {
            if (records.get(r).key().equals(key)) {
                out.add(r);
            }
        }
    }

    List<SslRecord> records() {
        return records;
    }

    /** Key id, or -1. */
    int id(SslRecordKey key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    CertificateFacts certificate(int id) {
        return certificateOfKey[id];
    }

    CertificateFacts certificate(String thumbprintKey) {
        return certificates.get(thumbprintKey);
    }

    /** When the expiry answer of some certificate changes, or null. */
    Instant nextCertificateChange() {
        return nextChange;
    }

    /** Whether an {@code IP:port} record of this port exists (NO_DEFAULT_SSL). */
    boolean hasIpRecord(int port) {
        PortRecords pr = byPort.get(port);
        return pr != null && pr.anyIpRecord;
    }

    /**
     * Fills {@code out} with the key ids that serve an https binding (section 2's table), the first
     * of its row first. The binding must be https with a valid port and IP.
     */
    void servedBy(Binding binding, IntList out) {
        out.clear();
        if (!known) {
            return;
        }
        BindingAddress a = binding.address();
        int port = a.port();
        PortRecords pr = byPort.get(port);
        if (binding.ccs()) {
            if (pr != null && pr.ccs >= 0) {
                out.add(pr.ccs);
            }
            return;
        }
        int hostId = hostId(a.hostKey(), port);
        if (binding.sni() && hostId >= 0) {
            out.add(hostId);
            return;
        }
        ipRecords(a.ip(), port, pr, out);
        if (hostId >= 0) {
            out.add(hostId);
        }
    }

    private int hostId(String hostKey, int port) {
        if (hostKey.isEmpty()) {
            return -1;
        }
        return id(new SslRecordKey(SslRecordKey.Kind.HOSTNAME_PORT, hostKey, port));
    }

    private void ipRecords(IpAddress ip, int port, PortRecords pr, IntList out) {
        if (pr == null) {
            return;
        }
        if (ip.isAny()) {
            if (pr.ipv4Any >= 0) {
                out.add(pr.ipv4Any);
            }
            if (pr.ipv6Any >= 0) {
                out.add(pr.ipv6Any);
            }
            for (int id : pr.specific) {
                out.add(id);
            }
            return;
        }
        int own = pr.specific.length == 0 ? -1 : id(SslRecordKey.ipPort(ip.canonical(), port));
        if (own >= 0) {
            out.add(own);
        } else {
            int fallback = fallback(ip, pr);
            if (fallback >= 0) {
                out.add(fallback);
            }
        }
    }

    private static int fallback(IpAddress ip, PortRecords pr) {
        if (ip.isIpv6() && pr.ipv6Any >= 0) {
            return pr.ipv6Any;
        }
        return pr.ipv4Any;
    }

    /**
     * The first record of a binding's row in section 2, as netsh prints it: what MISSING_SSL_CERT
     * names when nothing serves the binding.
     */
    static String expectedRecord(Binding binding) {
        BindingAddress a = binding.address();
        int port = a.port();
        if (binding.ccs()) {
            return Integer.toString(port);
        }
        if (binding.sni() && !a.host().isEmpty()) {
            return a.hostKey() + ":" + port;
        }
        return a.ip().isAny() ? SslRecordKey.IPV4_ANY + ":" + port : Endpoints.ip(a.ip()) + ":" + port;
    }

    /** How a connection found its record (resolve). */
    enum Step { CCS, SNI, IP, FALLBACK }

    /** The record a connection gets, with the step that found it, or null when the handshake fails. */
    record Connection(int id, Step step) {
    }

    /** Section 2's connection lookup: {@code h:port}, else {@code ip:port}, else the fallback. */
    Connection connection(String hostKey, IpAddress localIp, int port, boolean ccs) {
        PortRecords pr = byPort.get(port);
        if (ccs) {
            return pr != null && pr.ccs >= 0 ? new Connection(pr.ccs, Step.CCS) : null;
        }
        int hostId = hostId(hostKey, port);
        if (hostId >= 0) {
            return new Connection(hostId, Step.SNI);
        }
        if (pr == null) {
            return null;
        }
        if (!localIp.isAny()) {
            int own = id(SslRecordKey.ipPort(localIp.canonical(), port));
            if (own >= 0) {
                return new Connection(own, Step.IP);
            }
        }
        int fallback = fallback(localIp, pr);
        return fallback >= 0 ? new Connection(fallback, Step.FALLBACK) : null;
    }
}
