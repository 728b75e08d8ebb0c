package org.sitebinder.persistence.iis;

import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * Writes SSL records in the layout of {@code netsh http show sslcert}: the header, then each record as
 * indented {@code Label : value} lines with labels padded as netsh pads them, a blank line after each.
 * What {@link NetshReader} reads from this text equals the records written.
 */
public final class NetshWriter {

    private static final String INDENT = "    ";
    private static final int LABEL_WIDTH = 28;
    private static final String EXTENDED_PROPERTIES = "Extended Properties";

    /**
     * @param records       in listing order
     * @param lineSeparator {@code "\r\n"} as Windows writes it, or {@code "\n"}
     * @return the listing's text
     */
    public String write(List<SslRecord> records, String lineSeparator) {
        StringBuilder out = new StringBuilder(records.size() * 1_200 + 64);
        out.append(lineSeparator)
                .append(NetshReader.HEADER).append(lineSeparator)
                .append("-".repeat(NetshReader.HEADER.length())).append(lineSeparator)
                .append(lineSeparator);
        for (SslRecord record : records) {
            line(out, keyLabel(record.key()), record.key().toString(), lineSeparator);
            line(out, NetshReader.HASH, record.certificateHash(), lineSeparator);
            line(out, NetshReader.APP_ID, record.applicationId(), lineSeparator);
            line(out, NetshReader.STORE, record.storeName().isEmpty() ? NetshReader.NULL : record.storeName(), lineSeparator);
            for (SslRecord.Field field : record.otherFields()) {
                if (field.label().equals(EXTENDED_PROPERTIES) && field.value().isEmpty()) {
                    // netsh indents this sub-block title by one space and pads nothing
                    out.append(' ').append(EXTENDED_PROPERTIES).append(':').append(lineSeparator);
                } else {
                    line(out, field.label(), field.value(), lineSeparator);
                }
            }
            out.append(lineSeparator);
        }
        return out.toString();
    }

    private static String keyLabel(SslRecordKey key) {
        return switch (key.kind()) {
            case IP_PORT -> NetshReader.IP_PORT;
            case HOSTNAME_PORT -> NetshReader.HOSTNAME_PORT;
            case CCS -> NetshReader.CCS;
        };
    }

    private static void line(StringBuilder out, String label, String value, String eol) {
        out.append(INDENT).append(label);
        for (int i = label.length(); i < LABEL_WIDTH; i++) {
            out.append(' ');
        }
        out.append(" : ").append(value).append(eol);
    }
}
