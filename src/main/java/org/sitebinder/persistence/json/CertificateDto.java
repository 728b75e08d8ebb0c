package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sitebinder.domain.Certificate;

@JsonPropertyOrder({"thumbprint", "subject", "sans", "issuer", "notBefore", "notAfter"})
final class CertificateDto extends ExtrasDto {
    @JsonProperty("thumbprint")
    private final String thumbprint;
    @JsonProperty("subject")
    private final String subject;
    @JsonProperty("sans")
    private final List<String> sans;
    @JsonProperty("issuer")
    private final String issuer;
    @JsonProperty("notBefore")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String notBefore;
    @JsonProperty("notAfter")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String notAfter;

    @JsonCreator
    CertificateDto(@JsonProperty("thumbprint") String thumbprint,
                   @JsonProperty("subject") String subject,
                   @JsonProperty("sans") @JsonSetter(contentNulls = Nulls.FAIL) List<String> sans,
                   @JsonProperty("issuer") String issuer,
                   @JsonProperty("notBefore") String notBefore,
                   @JsonProperty("notAfter") String notAfter) {
        this.thumbprint = InvalidValueException.required(thumbprint, "thumbprint");
        this.subject = subject == null ? "" : subject;
        this.sans = sans == null ? List.of() : sans;
        this.issuer = issuer == null ? "" : issuer;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        parseInstant(notBefore, "notBefore");
        parseInstant(notAfter, "notAfter");
    }

    private static Instant parseInstant(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field + " \"" + text
                    + "\" is not an ISO-8601 instant such as 2026-11-25T00:00:00Z");
        }
    }

    static CertificateDto from(Certificate cert) {
        return new CertificateDto(cert.thumbprint(), cert.subject(), cert.sans(), cert.issuer(),
                cert.notBefore() == null ? null : cert.notBefore().toString(),
                cert.notAfter() == null ? null : cert.notAfter().toString())
                .withExtras(cert.extras());
    }

    Certificate toDomain() {
        return new Certificate(thumbprint, subject, sans, issuer,
                parseInstant(notBefore, "notBefore"), parseInstant(notAfter, "notAfter"), toExtras());
    }
}
