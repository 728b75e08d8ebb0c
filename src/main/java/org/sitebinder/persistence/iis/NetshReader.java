package org.sitebinder.persistence.iis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final boolean keepOtherFields;

    /** A reader that keeps every line of every record (the editor writes them back). */
    public NetshReader() {
        this(true);
    }

    /**
     * @param keepOtherFields false to drop the lines other than the key, hash, store and application
     *                        id: the command line checks and never writes a listing back, and on a
     *                        server with 76,000 records those are twenty lines a record to keep
     */
    public NetshReader(boolean keepOtherFields) {
        this.keepOtherFields = keepOtherFields;
    }

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
     * @return the records in listing order, unmodifiable (a document made with them shares the list);
     *         empty for a listing that has the header and no record
     * @throws DocumentFormatException neither header nor record, or a key line whose key does not parse
     */
    public List<SslRecord> read(byte[] bytes, Path file) throws IOException, DocumentFormatException {
        int start = NetshText.utf8Start(bytes);
        if (start < 0) {
            return readAsText(bytes, file);
        }
        Listing listing = new Listing(file, keepOtherFields);
        readBytes(bytes, start, listing);
        return listing.finish();
    }

    /** The reference path, and the one for UTF-16: decode the whole file, then read the text. */
    List<SslRecord> readAsText(byte[] bytes, Path file) throws DocumentFormatException {
        Listing listing = new Listing(file, keepOtherFields);
        String text = NetshText.decode(bytes);
        TextPool pool = new TextPool();
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
            if (!textLine(text, start, eol, pool, listing)) {
                if (listing.unfitKeyIsEmpty && text.substring(Math.min(pos, n)).isBlank()) {
                    break; // the listing was cut off right after its last key label: that record has nothing
                }
                throw listing.badKey(NetshLine.parse(text, start, eol, pool), lineNo);
            }
        }
        return listing.finish();
    }

    /**
     * One line of text, {@code text[start, eol)}; false when it is a key line whose key does not
     * parse, which is only acceptable as the last line of a truncated listing.
     */
    private static boolean textLine(String text, int start, int eol, TextPool pool, Listing listing)
            throws DocumentFormatException {
        int from = start;
        int to = eol;
        while (from < to && NetshLine.blank(text.charAt(from))) {
            from++;
        }
        while (to > from && NetshLine.blank(text.charAt(to - 1))) {
            to--;
        }
        if (from == to || isDashes(text, from, to)) {
            return true;
        }
        if (to - from == HEADER.length() && text.regionMatches(true, from, HEADER, 0, HEADER.length())) {
            listing.header = true;
            return true;
        }
        NetshLine line = NetshLine.parse(text, start, eol, pool);
        return listing.add(line.label(), line.value());
    }

    /**
     * The UTF-8 path: lines are cut out of the bytes, and an ASCII line (nearly all of them) is split
     * in place, so only the labels and values kept become Strings, repeated ones once. A line with
     * other bytes is decoded on its own and read as text: line breaks are ASCII, which a UTF-8
     * decoder never takes into a malformed sequence, so that gives what decoding the whole file gives.
     */
    private static void readBytes(byte[] b, int offset, Listing listing) throws DocumentFormatException {
        SlicePool pool = new SlicePool();
        TextPool textPool = new TextPool();
        int lineNo = 0;
        int pos = offset;
        int n = b.length;
        while (pos <= n) {
            int start = pos;
            int eol = pos;
            int ascii = 0;
            while (eol < n && b[eol] != '\n' && b[eol] != '\r') {
                ascii |= b[eol];
                eol++;
            }
            lineNo++;
            pos = eol < n && b[eol] == '\r' && eol + 1 < n && b[eol + 1] == '\n' ? eol + 2 : eol + 1;
            boolean complete;
            if (ascii >= 0) {
                complete = asciiLine(b, start, eol, pool, listing);
            } else {
                String text = new String(b, start, eol - start, StandardCharsets.UTF_8);
                complete = textLine(text, 0, text.length(), textPool, listing);
            }
            if (!complete) {
                int rest = Math.min(pos, n);
                if (listing.unfitKeyIsEmpty && new String(b, rest, n - rest, StandardCharsets.UTF_8).isBlank()) {
                    break; // as in readAsText
                }
                String text = new String(b, start, eol - start, StandardCharsets.UTF_8);
                throw listing.badKey(NetshLine.parse(text, 0, text.length(), textPool), lineNo);
            }
        }
    }

    /** {@link #textLine} and {@link NetshLine#parse} on ASCII bytes, where blank means at most a space. */
    private static boolean asciiLine(byte[] b, int start, int eol, SlicePool pool, Listing listing)
            throws DocumentFormatException {
        int from = start;
        int to = eol;
        while (from < to && b[from] <= ' ') {
            from++;
        }
        while (to > from && b[to - 1] <= ' ') {
            to--;
        }
        if (from == to || isDashes(b, from, to)) {
            return true;
        }
        if (to - from == HEADER.length() && sameIgnoringCase(b, from, HEADER)) {
            listing.header = true;
            return true;
        }
        int colon = -1;
        for (int i = start; i < to; i++) {
            if (b[i] == ':' && (i == start || b[i - 1] <= ' ')) {
                colon = i;
                break;
            }
        }
        if (colon < 0 && b[to - 1] == ':') {
            colon = to - 1;
        }
        String label;
        String value;
        if (colon < 0) {
            label = pool.of(b, from, to);
            value = "";
        } else {
            int labelEnd = colon;
            while (labelEnd > from && b[labelEnd - 1] <= ' ') {
                labelEnd--;
            }
            int valueStart = colon + 1;
            while (valueStart < to && b[valueStart] <= ' ') {
                valueStart++;
            }
            if (!listing.keepOthers && !kept(b, Math.min(from, labelEnd), labelEnd)) {
                return true; // a line the listing does not keep: no Strings made for it
            }
            label = pool.of(b, Math.min(from, labelEnd), labelEnd);
            value = valueStart == to ? "" : uniqueValue(label)
                    ? new String(b, valueStart, to - valueStart, StandardCharsets.ISO_8859_1)
                    : pool.of(b, valueStart, to);
        }
        return listing.add(label, value);
    }

    /**
     * Whether the label's value differs from record to record (the key, the certificate hash):
     * pooling those only hashes them, keeps a copy of each and fills the bounded pool with one-off
     * entries, after which the values that do repeat are no longer shared.
     */
    private static boolean uniqueValue(String label) {
        return switch (label.length()) {
            case 7 -> label.equalsIgnoreCase(IP_PORT);
            case 13 -> label.equalsIgnoreCase(HOSTNAME_PORT);
            case 16 -> label.equalsIgnoreCase(HASH);
            case 25 -> label.equalsIgnoreCase(CCS);
            default -> false;
        };
    }

    private static final String[] KEPT = {IP_PORT, HOSTNAME_PORT, CCS, HASH, STORE, APP_ID};

    /** Whether {@code b[from, to)} is, ignoring case, a key label or the label of a field every record keeps. */
    private static boolean kept(byte[] b, int from, int to) {
        for (String label : KEPT) {
            if (label.length() == to - from && sameIgnoringCase(b, from, label)) {
                return true;
            }
        }
        return false;
    }

    /** ASCII {@code b[from, from + text.length())} equals {@code text}, letters in either case. */
    private static boolean sameIgnoringCase(byte[] b, int from, String label) {
        for (int i = 0; i < label.length(); i++) {
            int c = b[from + i];
            int l = label.charAt(i);
            if (c != l && (c | 0x20) != (l | 0x20) || c != l && !Character.isLetter(l)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDashes(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '-') {
                return false;
            }
        }
        return true;
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

    /** The records so far, the one being read, and whether the header was seen. */
    private static final class Listing {
        private final Path file;
        private final List<SslRecord> records = new ArrayList<>();
        private RecordDraft current;
        private final FieldCache fields = new FieldCache();
        private SslRecordKey.Kind lastKind;
        /** The key line that did not parse had no value at all (a listing cut off after the label). */
        boolean unfitKeyIsEmpty;
        boolean header;

        /** Whether lines other than the key, hash, store and application id are kept. */
        final boolean keepOthers;

        Listing(Path file, boolean keepOthers) {
            this.file = file;
            this.keepOthers = keepOthers;
        }

        /**
         * A line of a record, or the key line of the next one; false for a key line whose key does
         * not parse. Lines before the first record (a prompt, the command, a title) belong to no record.
         */
        boolean add(String label, String value) {
            SslRecordKey.Kind kind = keyKind(label);
            if (kind == null) {
                if (current != null) {
                    current.add(label, value, fields, keepOthers);
                }
                return true;
            }
            if (current != null) {
                records.add(current.build());
                current = null;
            }
            SslRecordKey key = SslRecordKey.parse(value);
            if (!fits(kind, key, value)) {
                lastKind = kind;
                unfitKeyIsEmpty = value.isEmpty();
                return false;
            }
            current = new RecordDraft(asKind(kind, key, value));
            return true;
        }

        DocumentFormatException badKey(NetshLine line, int lineNo) {
            return NetshReader.badKey(lastKind, line, file, lineNo);
        }

        List<SslRecord> finish() throws DocumentFormatException {
            if (current != null) {
                records.add(current.build());
                current = null;
            }
            if (records.isEmpty() && !header) {
                throw new DocumentFormatException(file, 0, 0,
                        "no SSL certificate bindings found (not the output of 'netsh http show sslcert')");
            }
            return List.copyOf(records);
        }
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

    /**
     * One {@link SslRecord.Field} per label and value: 76,000 records repeat the same dozen
     * "Usage Check : Enabled" lines, and a million identical small objects that all survive the read
     * cost the garbage collector more than the parsing. Labels and values come from a pool, so the
     * same text is mostly the same String; a miss only costs a new Field.
     */
    private static final class FieldCache {
        private final SslRecord.Field[] slots = new SslRecord.Field[1024];

        SslRecord.Field of(String label, String value) {
            int slot = (label.hashCode() * 31 + value.hashCode()) & (slots.length - 1);
            SslRecord.Field cached = slots[slot];
            if (cached != null && cached.label() == label && cached.value() == value) {
                return cached;
            }
            SslRecord.Field field = new SslRecord.Field(label, value);
            slots[slot] = field;
            return field;
        }
    }

    /** A record while its lines are being read. */
    private static final class RecordDraft {
        private final SslRecordKey key;
        private String hash;
        private String store;
        private String appId;
        /** Made for the first other line: a reader that keeps none makes none. */
        private List<SslRecord.Field> others;

        RecordDraft(SslRecordKey key) {
            this.key = key;
        }

        void add(String label, String value, FieldCache fields, boolean keepOthers) {
            if (hash == null && label.equalsIgnoreCase(HASH)) {
                hash = value;
            } else if (store == null && label.equalsIgnoreCase(STORE)) {
                store = value.equalsIgnoreCase(NULL) ? "" : value;
            } else if (appId == null && label.equalsIgnoreCase(APP_ID)) {
                appId = value;
            } else if (keepOthers) {
                if (others == null) {
                    others = new ArrayList<>(24);
                }
                others.add(fields.of(label, value));
            }
        }

        SslRecord build() {
            return new SslRecord(key, hash, store, appId, others == null ? List.of() : others, null);
        }
    }
}
