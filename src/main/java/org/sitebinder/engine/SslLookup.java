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
    /** Key id by (kind and port, address): looked up per https binding without building a key object. */
    private final KeyTable ids;
    private final SslRecordKey[] keys;
    private final int[] firstRecord;
    /** Per record: the next record in listing order with the same key, or -1 (a listing can repeat a key). */
    private final int[] nextSameKey;
    private final PortRecords[] byPort = new PortRecords[65536];
    private final Map<String, CertificateFacts> certificates = new HashMap<>();
    private final CertificateFacts[] certificateOfKey;
    private final Instant nextChange;

    SslLookup(ServerDocument document, Instant now) {
        this(document, now, true);
    }

    /**
     * The records alone, for "is served by" without the certificate facts the rules need: impact and
     * resolve ask only which record serves what, and on a server with 66,000 certificates the facts
     * were most of the time of building the lookup.
     */
    static SslLookup recordsOnly(ServerDocument document) {
        return new SslLookup(document, Instant.EPOCH, false);
    }

    private SslLookup(ServerDocument document, Instant now, boolean withCertificates) {
        this.known = document.sslRecordsKnown();
        this.records = known ? document.sslRecords() : List.of();
        Instant next = null;
        for (Certificate c : withCertificates ? document.certificates() : List.<Certificate>of()) {
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
        ids = new KeyTable(n, false);
        SslRecordKey[] keyBuf = new SslRecordKey[n];
        int[] firstBuf = new int[n];
        int[] lastBuf = new int[n];
        nextSameKey = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            nextSameKey[r] = -1;
            SslRecordKey key = records.get(r).key();
            int existing = (int) ids.putIfAbsent(number(key.kind(), key.port()), key.address(), count);
            if (existing < 0) {
                keyBuf[count] = key;
                firstBuf[count] = r;
                lastBuf[count] = r;
                count++;
            } else {
                nextSameKey[lastBuf[existing]] = r;
                lastBuf[existing] = r;
            }
        }
        keys = java.util.Arrays.copyOf(keyBuf, count);
        firstRecord = java.util.Arrays.copyOf(firstBuf, count);
        certificateOfKey = new CertificateFacts[count];
        Map<String, CertificateFacts> byRawHash = new HashMap<>();
        Map<Integer, IntList> specifics = new HashMap<>();
        for (int id = 0; id < count; id++) {
            SslRecordKey key = keys[id];
            if (!certificates.isEmpty()) {
                SslRecord r = records.get(firstRecord[id]);
                certificateOfKey[id] = byRawHash.computeIfAbsent(r.certificateHash(), h -> certificates.get(r.thumbprintKey()));
            }
            PortRecords pr = portRecords(key.port(), true);
            if (pr == null) {
                continue;
            }
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
            byPort[port].specific = arr;
        });
    }

    private PortRecords portRecords(int port, boolean create) {
        if (port < 1 || port > 65535) {
            return null;
        }
        if (byPort[port] == null && create) {
            byPort[port] = new PortRecords();
        }
        return byPort[port];
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
        for (int r = firstRecord[id]; r >= 0; r = nextSameKey[r]) {
            out.add(r);
        }
    }

    List<SslRecord> records() {
        return records;
    }

    /** Key id, or -1. */
    int id(SslRecordKey key) {
        return id(key.kind(), key.address(), key.port());
    }

    private int id(SslRecordKey.Kind kind, String address, int port) {
        int slot = ids.find(number(kind, port), address);
        return slot < 0 ? -1 : (int) ids.first(slot);
    }

    private static long number(SslRecordKey.Kind kind, int port) {
        return ((long) kind.ordinal() << 32) | (port & 0xffffffffL);
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

    /** Whether the {@code Hostname:port} record of this (lower-cased) host exists. */
    boolean hasHostRecord(String hostKey, int port) {
        return hostId(hostKey, port) >= 0;
    }

    /** Whether an {@code IP:port} record of this port exists (NO_DEFAULT_SSL). */
    boolean hasIpRecord(int port) {
        PortRecords pr = portRecords(port, false);
        return pr != null && pr.anyIpRecord;
    }

    /**
     * Fills {@code out} with the key ids that serve an https binding (section 2's table), the first
     * of its row first. The binding must be https with a valid port and IP.
     */
    void servedBy(Binding binding, IntList out) {
        servedBy(binding, binding.address().hostKey(), out);
    }

    /** {@link #servedBy(Binding, IntList)} with the binding's lower-cased host already at hand. */
    void servedBy(Binding binding, String hostKey, IntList out) {
        out.clear();
        if (!known) {
            return;
        }
        BindingAddress a = binding.address();
        int port = a.port();
        PortRecords pr = portRecords(port, false);
        if (binding.ccs()) {
            if (pr != null && pr.ccs >= 0) {
                out.add(pr.ccs);
            }
            return;
        }
        int hostId = hostId(hostKey, port);
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
        return id(SslRecordKey.Kind.HOSTNAME_PORT, hostKey, port);
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
        int own = pr.specific.length == 0 ? -1 : id(SslRecordKey.Kind.IP_PORT, ip.canonical(), port);
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
        PortRecords pr = portRecords(port, false);
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
