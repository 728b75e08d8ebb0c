package org.sitebinder.persistence.iis;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes: the UTF-8 byte path and the decoded-text path of {@link NetshReader} give the same records or error. */
class NetshReaderDifferentialFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void bytePathAgreesWithTextPath(byte[] data) throws Exception {
        NetshReaderDifferentialTest.bothPaths(data);
    }
}
