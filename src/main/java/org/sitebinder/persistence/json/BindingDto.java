package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.sitebinder.domain.Binding;

@JsonPropertyOrder({"protocol", "bindingInformation", "sslFlags"})
final class BindingDto extends ExtrasDto {
    @JsonProperty("protocol")
    private final String protocol;
    @JsonProperty("bindingInformation")
    private final String bindingInformation;
    @JsonProperty("sslFlags")
    private final int sslFlags;

    @JsonCreator
    BindingDto(@JsonProperty("protocol") String protocol,
               @JsonProperty("bindingInformation") String bindingInformation,
               @JsonProperty("sslFlags") Integer sslFlags) {
        this.protocol = InvalidValueException.required(protocol, "protocol");
        this.bindingInformation = InvalidValueException.required(bindingInformation, "bindingInformation");
        this.sslFlags = sslFlags == null ? 0 : sslFlags;
    }

    static BindingDto from(Binding binding) {
        return new BindingDto(binding.protocol(), binding.bindingInformation(), binding.sslFlags())
                .withExtras(binding.extras());
    }

    Binding toDomain() {
        return new Binding(protocol, bindingInformation, sslFlags, null, toExtras());
    }
}
