package org.sitebinder.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A small JSON writer for the CLI's output: the shapes of CLI.md are fixed and flat, and writing them
 * by hand keeps the CLI's start-up free of a JSON library.
 */
final class JsonOut {
    private final StringBuilder out = new StringBuilder(4096);
    private boolean needComma;

    JsonOut beginObject() {
        separate();
        out.append('{');
        needComma = false;
        return this;
    }

    JsonOut endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    JsonOut beginArray() {
        separate();
        out.append('[');
        needComma = false;
        return this;
    }

    JsonOut endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    /** Starts the next array element on a new line, so a long list stays readable in a terminal. */
    JsonOut newline(int indent) {
        if (needComma) {
            out.append(',');
            needComma = false;
        }
        out.append('\n').append("  ".repeat(indent));
        return this;
    }

    /** A newline before a closing bracket: no separator, the next token closes. */
    JsonOut closingLine(int indent) {
        boolean pending = needComma;
        out.append('\n').append("  ".repeat(indent));
        needComma = pending;
        return this;
    }

    JsonOut name(String name) {
        separate();
        string(name);
        out.append(": ");
        needComma = false;
        return this;
    }

    JsonOut value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needComma = true;
        return this;
    }

    JsonOut value(long value) {
        separate();
        out.append(value);
        needComma = true;
        return this;
    }

    JsonOut nullValue() {
        separate();
        out.append("null");
        needComma = true;
        return this;
    }

    JsonOut field(String name, String value) {
        return name(name).value(value);
    }

    JsonOut field(String name, long value) {
        return name(name).value(value);
    }

    JsonOut stringArray(String name, List<String> values) {
        name(name).beginArray();
        for (String v : values) {
            value(v);
        }
        return endArray();
    }

    private void separate() {
        if (needComma) {
            out.append(", ");
            needComma = false;
        }
    }

    private void string(String s) {
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (plain == 0) {
            out.append(s);
        } else {
            out.append(s, plain, n);
        }
        out.append('"');
    }

    /** Moves what is written so far to {@code sink}, so a long output never sits whole in memory. */
    void drainTo(Writer sink) throws IOException {
        sink.write(out.toString());
        out.setLength(0);
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
