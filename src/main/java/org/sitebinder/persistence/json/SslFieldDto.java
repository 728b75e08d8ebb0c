package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.sitebinder.domain.SslRecord;

@JsonPropertyOrder({"label", "value"})
final class SslFieldDto extends ExtrasDto {
    @JsonProperty("label")
    private final String label;
    @JsonProperty("value")
    private final String value;

    @JsonCreator
    SslFieldDto(@JsonProperty("label") String label, @JsonProperty("value") String value) {
        this.label = InvalidValueException.required(label, "label");
        this.value = value == null ? "" : value;
    }

    static SslFieldDto from(SslRecord.Field field) {
        return new SslFieldDto(field.label(), field.value()).withExtras(field.extras());
    }

    SslRecord.Field toDomain() {
        return new SslRecord.Field(label, value, toExtras());
    }
}
