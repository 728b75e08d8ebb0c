package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Locale;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;

@JsonPropertyOrder({"id", "name", "physicalPath", "applicationPool", "state", "autoStart", "bindings"})
final class SiteDto extends ExtrasDto {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long id;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("physicalPath")
    private final String physicalPath;
    @JsonProperty("applicationPool")
    private final String applicationPool;
    @JsonProperty("state")
    private final String state;
    @JsonProperty("autoStart")
    private final boolean autoStart;
    @JsonProperty("bindings")
    private final List<BindingDto> bindings;

    @JsonCreator
    SiteDto(@JsonProperty("id") Long id,
            @JsonProperty("name") String name,
            @JsonProperty("physicalPath") String physicalPath,
            @JsonProperty("applicationPool") String applicationPool,
            @JsonProperty("state") String state,
            @JsonProperty("autoStart") Boolean autoStart,
            @JsonProperty("bindings") @JsonSetter(contentNulls = Nulls.FAIL) List<BindingDto> bindings) {
        this.id = id;
        this.name = InvalidValueException.required(name, "name");
        this.physicalPath = physicalPath == null ? "" : physicalPath;
        this.applicationPool = applicationPool == null ? "" : applicationPool;
        this.state = state == null ? "started" : state;
        parseState(this.state);
        this.autoStart = autoStart == null || autoStart;
        this.bindings = bindings == null ? List.of() : bindings;
    }

    private static SiteState parseState(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "started" -> SiteState.STARTED;
            case "stopped" -> SiteState.STOPPED;
            default -> throw new InvalidValueException(
                    "state \"" + text + "\" is not one of \"started\", \"stopped\"");
        };
    }

    static SiteDto from(Site site) {
        return new SiteDto(site.id(), site.name(), site.physicalPath(), site.applicationPool(),
                site.state().name().toLowerCase(Locale.ROOT), site.autoStart(),
                site.bindings().stream().map(BindingDto::from).toList())
                .withExtras(site.extras());
    }

    Site toDomain() {
        return new Site(id, name, physicalPath, applicationPool, parseState(state), autoStart,
                bindings.stream().map(BindingDto::toDomain).toList(), toExtras());
    }
}
