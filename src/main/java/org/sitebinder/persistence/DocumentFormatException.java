package org.sitebinder.persistence;

import java.nio.file.Path;

/**
 * A file that cannot be read as a document: not well-formed, hostile, or of no known kind. The
 * message is the one line an admin sees: the file, the line and column where they apply, and what is
 * wrong. Never shown with a stack trace.
 */
public class DocumentFormatException extends Exception {
    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file read (may be {@code null} for in-memory input)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong, without the location
     */
    public DocumentFormatException(Path file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
