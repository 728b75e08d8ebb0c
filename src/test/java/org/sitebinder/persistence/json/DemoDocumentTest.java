package org.sitebinder.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;

/**
 * The demo document an admin sees first: it must load, and it must still hold the binding meant to
 * show each finding code of RULES.md section 3 (the engine's own check of the codes runs elsewhere).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDocumentTest {
    private static final String RESOURCE = "/org/sitebinder/app/demo.json";
    /** The day the demo was written; its expired certificate must be expired from then on. */
    private static final Instant WRITTEN = Instant.parse("2026-11-25T00:00:00Z");

    private final JsonDocumentStore store = new JsonDocumentStore();
    private byte[] bytes;
    private ServerDocument demo;

    @BeforeAll
    void load() throws Exception {
        try (InputStream in = DemoDocumentTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the class path").isNotNull();
            bytes = in.readAllBytes();
        }
        demo = store.read(bytes, Path.of("demo.json"));
    }

    @Test
    void isServerWeb01WithItsSitesInOrder() {
        assertThat(demo.serverName()).isEqualTo("WEB01");
        assertThat(demo.sites()).extracting(Site::name).containsExactly(
                "Default Web Site", "Shop", "Api", "Docs", "Blog", "Legacy", "Intranet", "Marketing",
                "Spring Campaign", "Careers", "Media", "Status", "legacy");
        assertThat(demo.sites()).extracting(Site::state).containsOnlyOnce(SiteState.STOPPED);
        assertThat(demo.sslRecordsKnown()).isTrue();
        assertThat(demo.sslRecords()).hasSize(11);
        assertThat(demo.reservedPorts()).contains(new ReservedPort(8080, "WinGate proxy"));
    }

    @Test
    void isStoredExactlyAsSaveWritesIt() throws IOException {
        assertThat(new String(store.write(demo), "UTF-8")).isEqualTo(new String(bytes, "UTF-8"));
    }

    @Test
    void everyRecordCertificateIsKnownExceptTheCentralStoreOnes() {
        List<String> known = demo.certificates().stream().map(Certificate::thumbprintKey).toList();
        assertThat(demo.sslRecords())
                .filteredOn(r -> r.key().kind() != org.sitebinder.domain.SslRecordKey.Kind.CCS)
                .extracting(SslRecord::thumbprintKey)
                .allSatisfy(hash -> assertThat(known).contains(hash));
    }

    /** The binding meant to show each code; the engine-based test checks the findings themselves. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DUPLICATE_BINDING   | Marketing        | http *:80:promo.example
            DUPLICATE_BINDING   | Spring Campaign  | http *:80:promo.example
            PROTOCOL_CONFLICT   | Blog             | http *:8443:
            PROTOCOL_CONFLICT   | Legacy           | https *:8443:legacy.example
            PORT_IN_USE         | Api              | http *:8080:api.example
            DUPLICATE_SITE      | Legacy           | http *:80:legacy.example
            DUPLICATE_SITE      | legacy           | http *:81:legacy-old.example/blog
            MISSING_SSL_CERT    | Status           | https *:7443:status.example
            SNI_WITHOUT_HOST    | Blog             | https *:4443:
            CCS_WITHOUT_HOST    | Media            | https *:5443:
            INVALID_PORT        | legacy           | http *:8o:legacy-old.example
            INVALID_ADDRESS     | legacy           | http 10.0.0.256:80:legacy-old.example
            INVALID_HOST        | legacy           | http *:81:legacy-old.example/blog
            SHARED_SSL_ENDPOINT | Default Web Site | https *:443:
            SHARED_SSL_ENDPOINT | Shop             | https *:443:shop.example
            SHARED_SSL_ENDPOINT | Api              | https *:443:api.example
            SHARED_SSL_ENDPOINT | Docs             | https 10.0.0.9:443:docs.example
            SNI_RECORD_MISSING  | Blog             | https *:4443:blog.example
            NO_DEFAULT_SSL      | Media            | https *:5443:cdn.example
            CERT_NAME_MISMATCH  | Intranet         | https *:443:intranet.example
            CERT_EXPIRED        | Marketing        | https *:443:marketing.example
            OVERLAPPING_BINDING | Docs             | http *:80:docs.example
            OVERLAPPING_BINDING | Docs             | http 10.0.0.9:80:docs.example
            FINE_SNI            | Careers          | https *:443:careers.example
            FINE_SNI            | Careers          | https *:443:jobs.example
            FINE_CCS            | Media            | https *:443:media.example
            """)
    void holdsTheBindingThatShowsEachCode(String code, String site, String binding) {
        assertThat(site(site).bindings()).extracting(Binding::display).as(code).contains(binding);
    }

    @Test
    void sslRecordsAreShapedForTheirCodes() {
        assertThat(keys()).contains("0.0.0.0:443", "0.0.0.0:4443", "0.0.0.0:8443", "intranet.example:443",
                "marketing.example:443", "careers.example:443", "jobs.example:443", "443", "5443", "0.0.0.0:9443");
        assertThat(keys()).as("Docs reaches 0.0.0.0:443 only through the fallback")
                .doesNotContain("10.0.0.9:443", "[::]:443");
        assertThat(keys()).as("MISSING_SSL_CERT for Status").noneMatch(k -> k.endsWith(":7443") || k.equals("7443"));
        assertThat(keys()).as("SNI_RECORD_MISSING for Blog").doesNotContain("blog.example:4443");
        assertThat(keys()).as("NO_DEFAULT_SSL on 5443").noneMatch(k -> k.endsWith(":5443"));
        assertThat(demo.sites()).flatExtracting(Site::bindings)
                .as("ORPHAN_SSL_CERT: nothing on 9443 uses 0.0.0.0:9443").noneMatch(b -> b.address().port() == 9443);
    }

    @Test
    void certificatesAreShapedForTheirCodes() {
        assertThat(certificate("marketing.example").notAfter()).as("CERT_EXPIRED").isBefore(WRITTEN);
        assertThat(certificate("portal.example").sans()).as("CERT_NAME_MISMATCH").doesNotContain("intranet.example");
        assertThat(certificate("shop.example").sans()).contains("shop.example", "api.example", "docs.example");
        assertThat(demo.certificates()).filteredOn(c -> !c.commonName().equals("marketing.example"))
                .as("no other certificate expires within the 30 days after the demo was written")
                .allSatisfy(c -> assertThat(c.notAfter()).isAfter(WRITTEN.plusSeconds(400L * 24 * 3600)));
    }

    private List<String> keys() {
        return demo.sslRecords().stream().map(r -> r.key().toString()).toList();
    }

    private Site site(String name) {
        return demo.sites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Certificate certificate(String commonName) {
        return demo.certificates().stream().filter(c -> c.commonName().equals(commonName)).findFirst().orElseThrow();
    }
}
