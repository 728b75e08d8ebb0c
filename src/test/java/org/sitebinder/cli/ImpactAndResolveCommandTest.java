package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactAndResolveCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HASH = "8d90a17d2851f802b0a5619bf695b03544b8f5cb";

    @TempDir
    Path dir;
    Path config;
    Path listing;

    @BeforeEach
    void threeSitesShareOneRecord() throws IOException {
        config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <configuration><system.applicationHost><sites>
                  <site name="Shop" id="1"><bindings><binding protocol="https" bindingInformation="*:443:shop.example"/></bindings></site>
                  <site name="Api" id="2"><bindings><binding protocol="https" bindingInformation="*:443:api.example"/></bindings></site>
                  <site name="Docs" id="3"><bindings><binding protocol="https" bindingInformation="10.0.0.9:443:docs.example"/></bindings></site>
                  <site name="Blog" id="4"><bindings><binding protocol="http" bindingInformation="*:80:blog.example"/></bindings></site>
                </sites></system.applicationHost></configuration>
                """);
        listing = dir.resolve("sslcert.txt");
        Files.writeString(listing, """
                SSL Certificate bindings:
                -------------------------

                    IP:port                      : 0.0.0.0:443
                    Certificate Hash             : %s
                    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
                    Certificate Store Name       : MY
                """.formatted(HASH));
    }

    @Test
    void remappingTheSharedRecordListsAllThreeSitesIncludingTheFallbackOne() throws IOException {
        CliRun run = CliRun.of("impact", config.toString(), "--sslcert", listing.toString(),
                "--remap-ssl", "0.0.0.0:443", "--thumbprint", "aa", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("operation").asText()).isEqualTo("remap-ssl");
        assertThat(root.get("target").asText()).isEqualTo("0.0.0.0:443");
        assertThat(root.get("affected")).extracting(a -> a.get("site").asText()).containsExactly("Shop", "Api", "Docs");
        assertThat(root.get("affected")).extracting(a -> a.get("record").asText()).containsOnly("0.0.0.0:443");
        assertThat(root.get("affected").get(2).get("binding").asText()).isEqualTo("https 10.0.0.9:443:docs.example");
    }

    @Test
    void deletingOneSiteListsTheOthersOnItsRecord() throws IOException {
        CliRun run = CliRun.of("impact", config.toString(), "--sslcert", listing.toString(),
                "--delete-site", "shop", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("operation").asText()).isEqualTo("delete-site");
        assertThat(root.get("affected")).extracting(a -> a.get("site").asText()).containsExactly("Api", "Docs");
    }

    @Test
    void removingABindingEchoesItsTarget() throws IOException {
        CliRun run = CliRun.of("impact", config.toString(), "--sslcert", listing.toString(),
                "--remove-binding", "Api", "https", "*:443:api.example", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("target").asText()).isEqualTo("Api https *:443:api.example");
        assertThat(root.get("affected")).extracting(a -> a.get("site").asText()).containsExactly("Shop", "Docs");
    }

    @Test
    void unknownSiteBindingOrRecordIsBadInput() {
        assertThat(CliRun.of("impact", config.toString(), "--delete-site", "Nope").exit()).isEqualTo(2);
        assertThat(CliRun.of("impact", config.toString(), "--remove-binding", "Shop", "http", "*:80:").exit()).isEqualTo(2);
        CliRun unknownKey = CliRun.of("impact", config.toString(), "--sslcert", listing.toString(), "--remove-ssl", "0.0.0.0:8443");
        assertThat(unknownKey.exit()).isEqualTo(2);
        assertThat(unknownKey.err()).contains("0.0.0.0:8443");
    }

    @Test
    void anSslOperationWithNoRecordsKnownIsBadInput() {
        CliRun run = CliRun.of("impact", config.toString(), "--remove-ssl", "0.0.0.0:443");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--sslcert");
    }

    @Test
    void resolveNamesTheSiteAndTheCertificateItGets() throws IOException {
        CliRun run = CliRun.of("resolve", config.toString(), "--sslcert", listing.toString(),
                "--url", "https://api.example/", "--ip", "10.0.0.5", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("site").asText()).isEqualTo("Api");
        assertThat(root.get("binding").asText()).isEqualTo("https *:443:api.example");
        assertThat(root.get("certificate").get("record").asText()).isEqualTo("0.0.0.0:443");
        assertThat(root.get("certificate").get("thumbprint").asText()).isEqualTo(HASH);
        assertThat(root.fieldNames()).toIterable().containsExactly("site", "binding", "certificate", "reason");
    }

    @Test
    void resolveWithoutRecordsSaysSo() throws IOException {
        CliRun run = CliRun.of("resolve", config.toString(), "--url", "https://shop.example", "--ip", "10.0.0.5", "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("certificate").isNull()).isTrue();
        assertThat(root.get("reason").asText()).isEqualTo("SSL records unknown (no --sslcert)");
    }

    @Test
    void noSiteAnsweringExitsOne() throws IOException {
        CliRun run = CliRun.of("resolve", config.toString(), "--url", "http://nobody.example:8080/", "--ip", "10.0.0.5",
                "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("site").isNull()).isTrue();
        assertThat(root.get("binding").isNull()).isTrue();
        assertThat(root.get("reason").asText()).isNotBlank();
    }

    @Test
    void aBadUrlOrAddressIsBadInput() {
        assertThat(CliRun.of("resolve", config.toString(), "--url", "ftp://x", "--ip", "10.0.0.5").exit()).isEqualTo(2);
        assertThat(CliRun.of("resolve", config.toString(), "--url", "http://x", "--ip", "10.0.0.500").exit()).isEqualTo(2);
    }
}
