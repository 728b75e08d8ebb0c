package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;
import org.sitebinder.ui.Fixtures;

/** The index the tree badges and binding rows read gives what a scan of every finding gives. */
class FindingsIndexTest {

    @Test
    void everySiteAndBindingOfTheDemoGetsWhatAScanFinds() {
        assertMatchesScan(Fixtures.demo());
        assertMatchesScan(Fixtures.withConflicts());
    }

    @Test
    void positionsPastTheLastNamedSiteHaveNone() {
        FindingsIndex index = new FindingsIndex(new BindingEngine().check(Fixtures.withConflicts()));
        assertThat(index.siteSeverity(99)).isNull();
        assertThat(index.siteFindingCount(99)).isZero();
        assertThat(index.forBinding(new BindingRef(99, 0))).isEmpty();
        assertThat(FindingsIndex.EMPTY.siteFindingCount(0)).isZero();
    }

    private static void assertMatchesScan(ServerDocument doc) {
        Findings findings = new BindingEngine().check(doc);
        assertThat(findings.all()).isNotEmpty();
        FindingsIndex index = new FindingsIndex(findings);
        for (int s = 0; s < doc.sites().size(); s++) {
            int site = s;
            List<Finding> naming = findings.all().stream().filter(f -> f.siteIndexes().contains(site)).toList();
            assertThat(index.siteFindingCount(s)).as("site %d", s).isEqualTo(naming.size());
            assertThat(index.siteSeverity(s)).as("site %d", s)
                    .isEqualTo(naming.stream().map(Finding::severity).reduce(null, FindingsIndex::worse));
            for (int b = 0; b < doc.sites().get(s).bindings().size(); b++) {
                BindingRef ref = new BindingRef(s, b);
                assertThat(index.forBinding(ref)).as("binding %s", ref)
                        .isEqualTo(findings.all().stream().filter(f -> f.bindingRefs().contains(ref)).toList());
            }
        }
        assertThat(findings.all()).extracting(Finding::severity).contains(Severity.ERROR);
    }
}
