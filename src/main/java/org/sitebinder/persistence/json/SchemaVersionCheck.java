package org.sitebinder.persistence.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * A first pass over the whole input, before any mapping: it proves the bytes are one JSON object and
 * reads {@code schemaVersion}, so that a document from a newer Sitebinder is refused for its version,
 * not for whichever field happened to change shape.
 */
final class SchemaVersionCheck {
    private SchemaVersionCheck() {
    }

    static void check(JsonFactory factory, byte[] bytes, Path file) throws IOException, DocumentFormatException {
        try (JsonParser p = factory.createParser(bytes)) {
            try {
                scan(p, file);
            } catch (JsonProcessingException e) {
                throw JsonProblems.toFormatException(e, file, p.currentLocation());
            }
        }
    }

    private static void scan(JsonParser p, Path file) throws IOException, DocumentFormatException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new DocumentFormatException(file, 0, 0, "the file is empty: not a Sitebinder document");
        }
        JsonLocation start = p.currentTokenLocation();
        if (token != JsonToken.START_OBJECT) {
            throw JsonProblems.at(file, start, "expected a JSON object { ... } at the top level");
        }
        Integer version = null;
        JsonLocation versionAt = start;
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw JsonProblems.at(file, p.currentLocation(), "not valid JSON: unexpected end of input");
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (t == JsonToken.VALUE_STRING) {
                checkText(p.getText(), p, file);
            } else if (t == JsonToken.FIELD_NAME) {
                checkText(p.currentName(), p, file);
                if (depth == 1 && "schemaVersion".equals(p.currentName())) {
                    JsonToken value = p.nextToken();
                    versionAt = p.currentTokenLocation();
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw JsonProblems.at(file, versionAt, "schemaVersion: expected a whole number");
                    }
                    if (p.getNumberType() != JsonParser.NumberType.INT) {
                        throw JsonProblems.at(file, versionAt, "schemaVersion: " + p.getText() + " is not a known version");
                    }
                    version = p.getIntValue();
                }
            }
        }
        if (p.nextToken() != null) {
            throw JsonProblems.at(file, p.currentTokenLocation(), "unexpected content after the document");
        }
        if (version == null) {
            throw JsonProblems.at(file, start, "missing \"schemaVersion\": not a Sitebinder document");
        }
        if (version > JsonDocumentStore.SCHEMA_VERSION) {
            throw JsonProblems.at(file, versionAt, "schemaVersion " + version
                    + " is newer than this Sitebinder reads (" + JsonDocumentStore.SCHEMA_VERSION
                    + "); open it with a newer Sitebinder");
        }
        if (version < JsonDocumentStore.SCHEMA_VERSION) {
            throw JsonProblems.at(file, versionAt, "schemaVersion " + version + " is not a known version");
        }
    }

    /**
     * An escaped lone surrogate ({@code "\\ud800"}) is valid JSON text but no character: it could not
     * be saved back as UTF-8, so it is refused here rather than turned into "?" on the next save.
     */
    private static void checkText(String text, JsonParser p, Path file) throws DocumentFormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw JsonProblems.at(file, p.currentTokenLocation(), String.format(
                        "text contains \\u%04x, half of a UTF-16 pair without its other half: not a character", (int) c));
            }
        }
    }
}
