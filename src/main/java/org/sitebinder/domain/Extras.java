package org.sitebinder.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a reader found but the model does not know, kept in their order so that writing the
 * document back loses nothing an admin had. Values are plain JDK values (String, Number, Boolean,
 * List, Map, null) and are treated as opaque.
 */
public record Extras(Map<String, Object> fields) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        fields = fields == null || fields.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Extras of(Map<String, Object> fields) {
        return fields == null || fields.isEmpty() ? NONE : new Extras(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
