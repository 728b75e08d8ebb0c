package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

@JsonPropertyOrder({"key", "certificateHash", "storeName", "applicationId", "fields"})
final class SslRecordDto extends ExtrasDto {
    @JsonProperty("key")
    private final String key;
    @JsonProperty("certificateHash")
    private final String certificateHash;
    @JsonProperty("storeName")
    private final String storeName;
    @JsonProperty("applicationId")
    private final String applicationId;
    @JsonProperty("fields")
    private final List<SslFieldDto> fields;

    @JsonCreator
    SslRecordDto(@JsonProperty("key") String key,
                 @JsonProperty("certificateHash") String certificateHash,
                 @JsonProperty("storeName") String storeName,
                 @JsonProperty("applicationId") String applicationId,
                 @JsonProperty("fields") @JsonSetter(contentNulls = Nulls.FAIL) List<SslFieldDto> fields) {
        this.key = InvalidValueException.required(key, "key");
        parseKey(key);
        this.certificateHash = certificateHash == null ? "" : certificateHash;
        this.storeName = storeName == null ? "" : storeName;
        this.applicationId = applicationId == null ? "" : applicationId;
        this.fields = fields == null ? List.of() : fields;
    }

    /**
     * A key as netsh prints it. A key whose printed form would read back as a different key
     * ({@code 00.0.0.0:443}) is refused rather than silently changed on the next save.
     */
    private static SslRecordKey parseKey(String text) {
        SslRecordKey parsed = SslRecordKey.parse(text);
        if (parsed == null || !parsed.equals(SslRecordKey.parse(parsed.toString()))) {
            throw new InvalidValueException("key \"" + text
                    + "\" is not an SSL record key (IP:port, hostname:port, or a port for the Central Certificate Store)");
        }
        return parsed;
    }

    static SslRecordDto from(SslRecord ssl) {
        return new SslRecordDto(ssl.key().toString(), ssl.certificateHash(), ssl.storeName(), ssl.applicationId(),
                ssl.otherFields().stream().map(SslFieldDto::from).toList())
                .withExtras(ssl.extras());
    }

    SslRecord toDomain() {
        return new SslRecord(parseKey(key), certificateHash, storeName, applicationId,
                fields.stream().map(SslFieldDto::toDomain).toList(), toExtras());
    }
}
