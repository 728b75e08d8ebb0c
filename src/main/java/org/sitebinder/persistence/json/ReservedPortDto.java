package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.sitebinder.domain.ReservedPort;

@JsonPropertyOrder({"port", "label"})
final class ReservedPortDto extends ExtrasDto {
    @JsonProperty("port")
    private final int port;
    @JsonProperty("label")
    private final String label;

    @JsonCreator
    ReservedPortDto(@JsonProperty("port") Integer port, @JsonProperty("label") String label) {
        this.port = InvalidValueException.required(port, "port");
        if (this.port < 1 || this.port > 65535) {
            throw new InvalidValueException("port " + port + " is outside 1..65535");
        }
        this.label = label == null ? "" : label;
    }

    static ReservedPortDto from(ReservedPort reserved) {
        return new ReservedPortDto(reserved.port(), reserved.label()).withExtras(reserved.extras());
    }

    ReservedPort toDomain() {
        return new ReservedPort(port, label, toExtras());
    }
}
