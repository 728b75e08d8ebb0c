package org.sitebinder.persistence.iis;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes the reader would take as UTF-8: the fast path and the StAX path agree on accepting them
 * and on the sites, and what the fast path calls malformed StAX refuses. A disagreement is a finding.
 */
class Utf8SiteScannerFuzzTest {

    @FuzzTest(maxDuration = "4m")
    void agreesWithStax(byte[] data) throws Exception {
        Differential.check(data);
    }
}
