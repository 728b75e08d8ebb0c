package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.persistence.json.JsonDocumentStore;

/** The one-pass table of sites per record says what remapping each record one by one would say. */
class SitesByRecordTest {

    @Test
    void everyRecordListsTheSitesItsRemapWouldTouch() throws Exception {
        ServerDocument demo;
        try (InputStream in = getClass().getResourceAsStream("/org/sitebinder/app/demo.json")) {
            demo = new JsonDocumentStore().read(in.readAllBytes(), Path.of("demo.json"));
        }
        ImpactAnalyzer analyzer = new ImpactAnalyzer();

        Map<SslRecordKey, List<String>> table = analyzer.sitesByRecord(demo);

        assertThat(table.keySet()).containsExactlyElementsOf(demo.sslRecords().stream().map(SslRecord::key).toList());
        for (SslRecord record : demo.sslRecords()) {
            List<String> oneByOne = analyzer.remapRecord(demo, record.key()).affected().stream()
                    .map(Affected::site).distinct().toList();
            assertThat(table.get(record.key())).as(record.key().toString()).containsExactlyElementsOf(oneByOne);
        }
        assertThat(table.get(SslRecordKey.ipPort("0.0.0.0", 443))).contains("Default Web Site", "Shop", "Api", "Docs");
    }
}
