package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitebinder.domain.Extras;

/**
 * The fields of one JSON object that the format does not define, in file order. Jackson gives them as
 * plain JDK values (maps, lists, strings, numbers, booleans, null), which is what {@link Extras} holds.
 */
abstract class ExtrasDto {
    private final Map<String, Object> extras = new LinkedHashMap<>();

    @JsonAnySetter
    final void putExtra(String name, Object value) {
        extras.put(name, value);
    }

    @JsonAnyGetter
    final Map<String, Object> extras() {
        return extras;
    }

    final Extras toExtras() {
        return Extras.of(extras);
    }

    final <T extends ExtrasDto> T withExtras(Extras from) {
        extras.putAll(from.fields());
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }
}
