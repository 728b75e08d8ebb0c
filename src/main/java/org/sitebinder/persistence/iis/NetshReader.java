package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Reads the text of {@code netsh http show sslcert} in every shape CLI.md lists: UTF-8 or UTF-16 with a
 * BOM, CRLF or LF, with or without the header, indented or not, after a prompt or command line, with
 * whitespace collapsed to {@code Key : Value}, with {@code Extended Properties:} blocks, truncated.
 *
 * <p>A record starts at an {@code IP:port}, {@code Hostname:port} or {@code Central Certificate Store}
 * line. Its hash, store ({@code (null)} read as empty) and application id go to their fields; every
 * other line of the record is kept in order in {@link SslRecord#otherFields()}, so nothing is lost.
 */
public final class NetshReader {

    static final String HEADER = "SSL Certificate bindings:";
    static final String IP_PORT = "IP:port";
    static final String HOSTNAME_PORT = "Hostname:port";
    static final String CCS = "Central Certificate Store";
    static final String HASH = "Certificate Hash";
    static final String STORE = "Certificate Store Name";
    static final String APP_ID = "Application ID";
    static final String NULL = "(null)";

    /**
     * @param bytes the file's bytes (UTF-8, or UTF-16 with a BOM)
     * @param file  the file name for messages
     * @return the records in listing order; empty for a listing that has the header and no record
     * @throws DocumentFormatException neither header nor record, or a key line whose key does not parse
     */
    public List<SslRecord> read(byte[] bytes, Path file) throws IOException, DocumentFormatException {
        String text = NetshText.decode(bytes);
        TextPool pool = new TextPool();
        List<SslRecord> records = new ArrayList<>();
        RecordDraft current = null;
        boolean header = false;
        int lineNo = 0;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int start = pos;
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            lineNo++;
            pos = eol < n && text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? eol + 2 : eol + 1;
            int from = start;
            int to = eol;
            while (from < to && NetshLine.blank(text.charAt(from))) {
                from++;
            }
            while (to > from && NetshLine.blank(text.charAt(to - 1))) {
                to--;
            }
            if (from == to || isDashes(text, from, to)) {
                continue;
            }
            if (to - from == HEADER.length() && text.regionMatches(true, from, HEADER, 0, HEADER.length())) {
                header = true;
                continue;
            }
            NetshLine line = NetshLine.parse(text, start, eol, pool);
            SslRecordKey.Kind kind = keyKind(line.label());
            if (kind != null) {
                if (current != null) {
                    records.add(current.build());
                    current = null;
                }
                SslRecordKey key = SslRecordKey.parse(line.value());
                if (!fits(kind, key, line.value())) {
                    if (line.value().isEmpty() && text.substring(Math.min(pos, n)).isBlank()) {
                        break; // the listing was cut off right after its last key label: that record has nothing
                    }
                    throw badKey(kind, line, file, lineNo);
                }
                current = new RecordDraft(asKind(kind, key, line.value()));
            } else if (current != null) {
                current.add(line.label(), line.value());
            }
            // Lines before the first record (a prompt, the command, a title) belong to no record.
        }
        if (current != null) {
            records.add(current.build());
        }
        if (records.isEmpty() && !header) {
            throw new DocumentFormatException(file, 0, 0,
                    "no SSL certificate bindings found (not the output of 'netsh http show sslcert')");
        }
        return records;
    }

    private static boolean isDashes(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static SslRecordKey.Kind keyKind(String label) {
        if (label.equalsIgnoreCase(IP_PORT)) {
            return SslRecordKey.Kind.IP_PORT;
        }
        if (label.equalsIgnoreCase(HOSTNAME_PORT)) {
            return SslRecordKey.Kind.HOSTNAME_PORT;
        }
        return label.equalsIgnoreCase(CCS) ? SslRecordKey.Kind.CCS : null;
    }

    private static boolean fits(SslRecordKey.Kind kind, SslRecordKey key, String text) {
        return key != null && (key.kind() == kind || kind == SslRecordKey.Kind.HOSTNAME_PORT
                && key.kind() == SslRecordKey.Kind.IP_PORT && !text.trim().startsWith("["));
    }

    /** http.sys accepts any name in the SNI table, including one that looks like an IPv4 address. */
    private static SslRecordKey asKind(SslRecordKey.Kind kind, SslRecordKey key, String text) {
        if (kind == SslRecordKey.Kind.IP_PORT && "*".equals(key.address())) {
            // SslRecordKey.parse turns an IPv4 "any" spelled otherwise (0.00.0.0) into "*", which netsh never prints
            return SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, key.port());
        }
        if (key.kind() == kind) {
            return key;
        }
        String t = text.trim();
        return SslRecordKey.hostnamePort(t.substring(0, t.lastIndexOf(':')), key.port());
    }

    private static DocumentFormatException badKey(SslRecordKey.Kind kind, NetshLine line, Path file, int lineNo) {
        String what = switch (kind) {
            case IP_PORT -> "an IP:port key (0.0.0.0:443, [::]:443, 10.0.0.5:443)";
            case HOSTNAME_PORT -> "a Hostname:port key (www.contoso.com:443)";
            case CCS -> "a Central Certificate Store port (443)";
        };
        int column = line.separated() ? line.valueColumn() : 1;
        return new DocumentFormatException(file, lineNo, column, "'" + abbreviate(line.value()) + "' is not " + what);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** A record while its lines are being read. */
    private static final class RecordDraft {
        private final SslRecordKey key;
        private String hash;
        private String store;
        private String appId;
        private final List<SslRecord.Field> others = new ArrayList<>(24);

        RecordDraft(SslRecordKey key) {
            this.key = key;
        }

        void add(String label, String value) {
            if (hash == null && label.equalsIgnoreCase(HASH)) {
                hash = value;
            } else if (store == null && label.equalsIgnoreCase(STORE)) {
                store = value.equalsIgnoreCase(NULL) ? "" : value;
            } else if (appId == null && label.equalsIgnoreCase(APP_ID)) {
                appId = value;
            } else {
                others.add(new SslRecord.Field(label, value));
            }
        }

        SslRecord build() {
            return new SslRecord(key, hash, store, appId, others, null);
        }
    }
}
