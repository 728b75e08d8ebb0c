package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;

/**
 * Big conflict groups stay one finding each and are built in linear time: thousands of sites of
 * one name, or one stray http binding on a port thousands of https sites use. (A quadratic walk
 * here would make this test hang, not merely run slowly.)
 */
class LargeGroupsTest {
    private static final int N = 20_000;

    @Test
    void thousandsOfSitesWithOneNameAreOneDuplicateSite() {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            sites.add(Docs.site(i % 2 == 0 ? "Default" : "DEFAULT", "http *:80:h" + i + ".example"));
        }
        List<Finding> findings = new BindingEngine().check(ServerDocument.ofSites("W", sites)).all();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).code()).isEqualTo(Code.DUPLICATE_SITE);
        assertThat(findings.get(0).sites()).hasSize(N);
        assertThat(findings.get(0).message()).contains("and " + (N - 5) + " more");
    }

    @Test
    void oneStrayHttpBindingConflictsWithEveryHttpsBindingOfThePort() {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            sites.add(Docs.site("S" + i, "https/1 *:443:h" + i + ".example"));
        }
        sites.add(Docs.site("Stray", "http *:443:"));
        Findings findings = new BindingEngine().check(ServerDocument.ofSites("W", sites));
        List<Finding> conflicts = findings.all().stream().filter(f -> f.code() == Code.PROTOCOL_CONFLICT).toList();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).bindings()).hasSize(N + 1);
        assertThat(findings.forSite(N)).extracting(Finding::code).contains(Code.PROTOCOL_CONFLICT);
    }
}
