package org.sitebinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.Code;
import org.sitebinder.engine.Finding;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.json.JsonDocumentStore;

/** A new user opens Sitebinder and sees every kind of problem at once: the demo shows every code. */
class DemoDocumentCoverageTest {

    private static ServerDocument demo() throws IOException, DocumentFormatException {
        try (InputStream in = DemoDocumentCoverageTest.class.getResourceAsStream("/org/sitebinder/app/demo.json")) {
            assertThat(in).as("embedded demo document").isNotNull();
            return new JsonDocumentStore().read(in.readAllBytes(), Path.of("demo.json"));
        }
    }

    @Test
    void theDemoIsServerWeb01WithAboutTenSites() throws Exception {
        ServerDocument doc = demo();

        assertThat(doc.serverName()).isEqualTo("WEB01");
        assertThat(doc.sites()).hasSizeBetween(8, 14);
        assertThat(doc.sslRecordsKnown()).isTrue();
    }

    @Test
    void theDemoShowsEveryRuleCode() throws Exception {
        Clock today = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

        Set<Code> codes = new BindingEngine(today).check(demo()).all().stream()
                .map(Finding::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(Code.class)));

        assertThat(codes).containsExactlyInAnyOrder(Code.values());
    }

    @Test
    void threeSitesShareTheDefaultRecordOn443() throws Exception {
        Clock today = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

        Finding shared = new BindingEngine(today).check(demo()).all().stream()
                .filter(f -> f.code() == Code.SHARED_SSL_ENDPOINT && "0.0.0.0:443".equals(f.endpoint()))
                .findFirst().orElseThrow();

        assertThat(shared.sites()).hasSizeGreaterThanOrEqualTo(3);
    }
}
