package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitebinder.domain.ServerDocument;

/**
 * What the window's index relies on: a finding lists its sites and bindings in document order, and
 * every binding it names belongs to one of the sites it names.
 */
class FindingOrderTest {
    private static final Comparator<BindingRef> DOCUMENT_ORDER =
            Comparator.comparingInt(BindingRef::site).thenComparingInt(BindingRef::binding);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sitesAndBindingsAreInDocumentOrderAndEveryBindingsSiteIsNamed(long seed) {
        RandomDocs docs = RandomDocs.seeded(seed, "*:443:a", "10.0.0.1:80:");
        BindingEngine engine = new BindingEngine(Clock.fixed(RandomDocs.NOW, ZoneOffset.UTC));
        ServerDocument doc = docs.document(16);
        int groups = 0;
        for (int step = 0; step < 60; step++) {
            doc = docs.edit(doc);
            for (Finding f : engine.check(doc).all()) {
                assertThat(f.siteIndexes()).as("%s", f).isSorted();
                assertThat(f.bindingRefs()).as("%s", f).isSortedAccordingTo(DOCUMENT_ORDER)
                        .allSatisfy(ref -> assertThat(f.siteIndexes()).contains(ref.site()));
                groups += f.bindingRefs().size() > 1 ? 1 : 0;
            }
        }
        assertThat(groups).as("findings that name several bindings").isGreaterThan(10);
    }
}
