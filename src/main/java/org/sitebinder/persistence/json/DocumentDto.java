package org.sitebinder.persistence.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.sitebinder.domain.ServerDocument;

/** The top level of the native document. {@code sslRecords} absent means the SSL table is unknown. */
@JsonPropertyOrder({"schemaVersion", "server", "sites", "sslRecords", "certificates", "reservedPorts"})
final class DocumentDto extends ExtrasDto {
    @JsonProperty("schemaVersion")
    private final int schemaVersion;
    @JsonProperty("server")
    private final String server;
    @JsonProperty("sites")
    private final List<SiteDto> sites;
    @JsonProperty("sslRecords")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<SslRecordDto> sslRecords;
    @JsonProperty("certificates")
    private final List<CertificateDto> certificates;
    @JsonProperty("reservedPorts")
    private final List<ReservedPortDto> reservedPorts;

    @JsonCreator
    DocumentDto(@JsonProperty("schemaVersion") Integer schemaVersion,
                @JsonProperty("server") String server,
                @JsonProperty("sites") @JsonSetter(contentNulls = Nulls.FAIL) List<SiteDto> sites,
                @JsonProperty("sslRecords") @JsonSetter(contentNulls = Nulls.FAIL) List<SslRecordDto> sslRecords,
                @JsonProperty("certificates") @JsonSetter(contentNulls = Nulls.FAIL) List<CertificateDto> certificates,
                @JsonProperty("reservedPorts") @JsonSetter(contentNulls = Nulls.FAIL) List<ReservedPortDto> reservedPorts) {
        this.schemaVersion = InvalidValueException.required(schemaVersion, "schemaVersion");
        this.server = server == null ? "" : server;
        this.sites = sites == null ? List.of() : sites;
        this.sslRecords = sslRecords;
        this.certificates = certificates == null ? List.of() : certificates;
        this.reservedPorts = reservedPorts == null ? List.of() : reservedPorts;
    }

    static DocumentDto from(ServerDocument doc) {
        boolean writeRecords = doc.sslRecordsKnown() || !doc.sslRecords().isEmpty();
        return new DocumentDto(JsonDocumentStore.SCHEMA_VERSION, doc.serverName(),
                doc.sites().stream().map(SiteDto::from).toList(),
                writeRecords ? doc.sslRecords().stream().map(SslRecordDto::from).toList() : null,
                doc.certificates().stream().map(CertificateDto::from).toList(),
                doc.reservedPorts().stream().map(ReservedPortDto::from).toList())
                .withExtras(doc.extras());
    }

    ServerDocument toDomain() {
        return new ServerDocument(server,
                sites.stream().map(SiteDto::toDomain).toList(),
                sslRecords != null,
                sslRecords == null ? List.of() : sslRecords.stream().map(SslRecordDto::toDomain).toList(),
                certificates.stream().map(CertificateDto::toDomain).toList(),
                reservedPorts.stream().map(ReservedPortDto::toDomain).toList(),
                toExtras());
    }
}
