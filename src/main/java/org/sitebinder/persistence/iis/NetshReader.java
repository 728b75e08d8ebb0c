package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        StringPool strings = new StringPool();
        List<SslRecord> records = new ArrayList<>();
        RecordDraft current = null;
        boolean header = false;
        int lineNo = 0;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            lineNo++;
            String raw = text.substring(pos, eol);
            pos = eol < n && text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? eol + 2 : eol + 1;
            String trimmed = raw.trim();
            if (trimmed.isEmpty() || isDashes(trimmed)) {
                continue;
            }
            if (trimmed.equalsIgnoreCase(HEADER)) {
                header = true;
                continue;
            }
            NetshLine line = NetshLine.parse(raw);
            SslRecordKey.Kind kind = line.separated() ? keyKind(line.label()) : null;
            if (kind != null) {
                if (current != null) {
                    records.add(current.build());
                }
                current = new RecordDraft(parseKey(kind, line, file, lineNo));
            } else if (current != null) {
                current.add(strings.of(line.label()), line.value(), strings);
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

    private static boolean isDashes(String trimmed) {
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static SslRecordKey.Kind keyKind(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "ip:port" -> SslRecordKey.Kind.IP_PORT;
            case "hostname:port" -> SslRecordKey.Kind.HOSTNAME_PORT;
            case "central certificate store" -> SslRecordKey.Kind.CCS;
            default -> null;
        };
    }

    private static SslRecordKey parseKey(SslRecordKey.Kind kind, NetshLine line, Path file, int lineNo)
            throws DocumentFormatException {
        SslRecordKey key = SslRecordKey.parse(line.value());
        if (key != null && kind == SslRecordKey.Kind.HOSTNAME_PORT && key.kind() == SslRecordKey.Kind.IP_PORT
                && !line.value().startsWith("[")) {
            // http.sys accepts any name in the SNI table, including one that looks like an IPv4 address.
            int colon = line.value().lastIndexOf(':');
            key = SslRecordKey.hostnamePort(line.value().substring(0, colon), key.port());
        }
        if (key == null || key.kind() != kind) {
            String what = switch (kind) {
                case IP_PORT -> "an IP:port key (0.0.0.0:443, [::]:443, 10.0.0.5:443)";
                case HOSTNAME_PORT -> "a Hostname:port key (www.contoso.com:443)";
                case CCS -> "a Central Certificate Store port (443)";
            };
            throw new DocumentFormatException(file, lineNo, Math.max(1, line.valueColumn()),
                    "'" + abbreviate(line.value()) + "' is not " + what);
        }
        return key;
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

        void add(String label, String value, StringPool strings) {
            if (hash == null && label.equalsIgnoreCase(HASH)) {
                hash = value;
            } else if (store == null && label.equalsIgnoreCase(STORE)) {
                store = value.equalsIgnoreCase(NULL) ? "" : strings.of(value);
            } else if (appId == null && label.equalsIgnoreCase(APP_ID)) {
                appId = strings.of(value);
            } else {
                others.add(new SslRecord.Field(label, strings.of(value)));
            }
        }

        SslRecord build() {
            return new SslRecord(key, hash, store, appId, others, null);
        }
    }
}
