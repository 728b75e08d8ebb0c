package org.sitebinder.ui.viewmodel;

import java.util.HashMap;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * Names the certificate a https binding presents to a client that sends its host name, for the
 * SSL certificate column: the record a browser would hit first (RULES.md section 2), by the
 * certificate's common name when the document knows it. The findings, not this label, say what is wrong.
 */
final class CertificateLookup {
    private final ServerDocument document;
    private final Map<SslRecordKey, SslRecord> records = new HashMap<>();
    private final Map<String, Certificate> certificates = new HashMap<>();

    CertificateLookup(ServerDocument document) {
        this.document = document;
        for (SslRecord r : document.sslRecords()) {
            records.putIfAbsent(r.key(), r);
        }
        for (Certificate c : document.certificates()) {
            certificates.putIfAbsent(c.thumbprintKey(), c);
        }
    }

    /**
     * Whether this lookup answers for {@code other} too: the same record and certificate lists (an
     * edit of a site keeps them), so building the maps of a large server again can be skipped.
     */
    boolean covers(ServerDocument other) {
        return other.sslRecords() == document.sslRecords() && other.certificates() == document.certificates()
                && other.sslRecordsKnown() == document.sslRecordsKnown();
    }

    String label(Binding binding) {
        if (!binding.isHttps()) {
            return "";
        }
        BindingAddress a = binding.address();
        if (!a.portValid()) {
            return "";
        }
        if (binding.ccs()) {
            return "CCS (by host name)";
        }
        if (!document.sslRecordsKnown()) {
            return "(unknown)";
        }
        SslRecord r = find(binding);
        return r == null ? "(none)" : name(r);
    }

    private SslRecord find(Binding binding) {
        BindingAddress a = binding.address();
        SslRecord r = a.host().isEmpty() ? null : records.get(SslRecordKey.hostnamePort(a.host(), a.port()));
        if (r == null && a.ip() != null && !a.ip().isAny()) {
            r = records.get(SslRecordKey.ipPort(a.ip().canonical(), a.port()));
            if (r == null && a.ip().isIpv6()) {
                r = records.get(SslRecordKey.ipPort(SslRecordKey.IPV6_ANY, a.port()));
            }
        }
        if (r == null) {
            r = records.get(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, a.port()));
        }
        if (r == null && a.ip() != null && a.ip().isAny()) {
            r = records.get(SslRecordKey.ipPort(SslRecordKey.IPV6_ANY, a.port()));
        }
        return r;
    }

    private String name(SslRecord r) {
        Certificate c = certificates.get(r.thumbprintKey());
        if (c != null && !c.commonName().isEmpty()) {
            return c.commonName();
        }
        String t = r.certificateHash();
        return t.length() > 12 ? t.substring(0, 12) + "…" : t;
    }
}
