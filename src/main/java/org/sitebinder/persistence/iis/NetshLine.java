package org.sitebinder.persistence.iis;

/**
 * One line of a netsh listing split into label and value. netsh writes {@code Label<pad> : value};
 * labels themselves contain colons ({@code IP:port}), so the separator is the first colon that
 * follows blank space (or starts the line), or a colon ending the line ({@code Extended Properties:}).
 *
 * @param label       the label without surrounding blanks, or the whole line when it has no separator
 * @param value       the value without surrounding blanks, empty when there is none
 * @param valueColumn 1-based column of the value in the line (for error messages)
 * @param separated   whether the line had a label/value separator
 */
record NetshLine(String label, String value, int valueColumn, boolean separated) {

    /** Parses {@code text[start, end)}, which holds no line break and is not blank. */
    static NetshLine parse(String text, int start, int end, TextPool pool) {
        int from = start;
        while (blank(text.charAt(from))) {
            from++;
        }
        int to = end;
        while (blank(text.charAt(to - 1))) {
            to--;
        }
        for (int i = start; i < to; i++) {
            if (text.charAt(i) == ':' && (i == start || blank(text.charAt(i - 1)))) {
                return split(text, start, from, i, to, pool);
            }
        }
        if (text.charAt(to - 1) == ':') {
            return split(text, start, from, to - 1, to, pool);
        }
        return new NetshLine(pool.of(text, from, to), "", 0, false);
    }

    private static NetshLine split(String text, int start, int from, int colon, int to, TextPool pool) {
        int labelEnd = colon;
        while (labelEnd > from && blank(text.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        int value = colon + 1;
        while (value < to && blank(text.charAt(value))) {
            value++;
        }
        return new NetshLine(pool.of(text, Math.min(from, labelEnd), labelEnd), pool.of(text, value, to),
                value - start + 1, true);
    }

    /**
     * What {@link String#trim()} strips (control characters too) or Unicode calls whitespace: the
     * same notion on both sides of the colon, so a label never starts with the separator itself.
     */
    static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }
}
