package org.sitebinder.editing.ssl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.ImpactAnalyzer;
import org.sitebinder.persistence.json.JsonDocumentStore;

/** The demo server WEB01: four sites reach 0.0.0.0:443, Docs only through the fallback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSharedEndpointTest {
    private static final String RESOURCE = "/org/sitebinder/app/demo.json";
    private static final SslRecordKey ANY_443 = SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 443);
    private ServerDocument demo;

    @BeforeAll
    void load() throws Exception {
        try (InputStream in = DemoSharedEndpointTest.class.getResourceAsStream(RESOURCE)) {
            demo = new JsonDocumentStore().read(in.readAllBytes(), Path.of("demo.json"));
        }
    }

    @Test
    void remappingTheCertificateOfOneSiteOn443ListsAllOfThem() {
        assertThat(demo.serverName()).isEqualTo("WEB01");

        assertThat(new ImpactAnalyzer().remapRecord(demo, ANY_443).affected()).extracting(Affected::site, Affected::binding)
                .containsExactly(
                        tuple("Default Web Site", "https *:443:"),
                        tuple("Shop", "https *:443:shop.example"),
                        tuple("Api", "https *:443:api.example"),
                        tuple("Docs", "https 10.0.0.9:443:docs.example"));
        assertThat(new SslOperations().remapRecord(demo, ANY_443, SharedRecords.NEW).label())
                .isEqualTo("Change certificate of 0.0.0.0:443 for 4 sites");
    }

    @Test
    void deletingOneOfThemKeepsTheRecordForTheOthers() {
        int shop = indexOf("Shop");

        SslEdit edit = new SslOperations().deleteSite(demo, shop, false);

        assertThat(edit.document().sites()).extracting(Site::name).doesNotContain("Shop");
        assertThat(edit.keptRecords()).containsExactly(ANY_443);
        assertThat(edit.document().sslRecords()).isEqualTo(demo.sslRecords());
        assertThat(SslOperationsTest.sitesServedBy(edit.document(), ANY_443)).containsExactly("Default Web Site", "Api", "Docs");
    }

    private int indexOf(String name) {
        for (int i = 0; i < demo.sites().size(); i++) {
            if (demo.sites().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name + " is not in the demo");
    }
}
