package org.sitebinder.persistence.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Turns Jackson's exceptions into the one line an admin reads: where (file, line, column, and the
 * path inside the document such as {@code sites[2].bindings[0]}) and what is wrong, in plain words.
 */
final class JsonProblems {
    private JsonProblems() {
    }

    static DocumentFormatException toFormatException(JsonProcessingException e, Path file) {
        return toFormatException(e, file, null);
    }

    /** As above; {@code fallback} is where the parser stood, for the limits Jackson reports without a place. */
    static DocumentFormatException toFormatException(JsonProcessingException e, Path file, JsonLocation fallback) {
        JsonLocation location = e.getLocation() == null ? fallback : e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new DocumentFormatException(file, line, column, describe(e));
    }

    static DocumentFormatException at(Path file, JsonLocation location, String problem) {
        return new DocumentFormatException(file, Math.max(0, location.getLineNr()),
                Math.max(0, location.getColumnNr()), problem);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            String where = path(mapping.getPath());
            String what = describeMapping(mapping);
            return where.isEmpty() ? what : where + ": " + what;
        }
        if (e instanceof InputCoercionException) {
            return plain(e.getOriginalMessage());
        }
        if (e instanceof StreamReadException) {
            return "not valid JSON: " + plain(e.getOriginalMessage());
        }
        return plain(e.getOriginalMessage());
    }

    private static String describeMapping(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidValueException invalid) {
            return invalid.getMessage();
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed here";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return plain(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ ... ]";
        }
        if (Map.class.isAssignableFrom(type) || ExtrasDto.class.isAssignableFrom(type)) {
            return "an object { ... }";
        }
        return "a value of another type";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Jackson's wording, first line only, without code points and source echoes. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String s = message.strip().lines().findFirst().orElse("");
        if (s.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        s = s.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "")
                .replaceAll("\\('(.{1,2})' \\(code [^)]*\\)\\)", "'$1'")
                .replaceAll("\\(\\(CTRL-CHAR, code [^)]*\\)\\)", "(a control character)")
                .replaceAll("\\s*\\[Source:.*$", "")
                .replaceAll(",\\s*from `[^`]*`", "");
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
