package org.sitebinder.persistence.iis;

/**
 * One line of a netsh listing split into label and value. netsh writes {@code Label<pad> : value};
 * labels themselves contain colons ({@code IP:port}), so the separator is the first colon that
 * follows whitespace (or starts the line), or a colon ending the line ({@code Extended Properties:}).
 *
 * @param label       trimmed label, or the whole trimmed line when it has no separator
 * @param value       trimmed value, empty when there is none
 * @param valueColumn 1-based column of the value in the raw line (for error messages)
 * @param separated   whether the line had a label/value separator
 */
record NetshLine(String label, String value, int valueColumn, boolean separated) {

    static NetshLine parse(String raw) {
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            if (raw.charAt(i) == ':' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
                return split(raw, i);
            }
        }
        int end = n;
        while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && raw.charAt(end - 1) == ':') {
            return split(raw, end - 1);
        }
        return new NetshLine(raw.trim(), "", 0, false);
    }

    private static NetshLine split(String raw, int colon) {
        int start = colon + 1;
        while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        return new NetshLine(raw.substring(0, colon).trim(), raw.substring(start).trim(), start + 1, true);
    }
}
