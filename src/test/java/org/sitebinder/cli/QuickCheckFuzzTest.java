package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever the command line, the quick parser either leaves it to picocli or reads it exactly as
 * picocli does. Words come from the options' own vocabulary or are made up by the fuzzer.
 */
class QuickCheckFuzzTest {
    private static final String[] WORDS = {"check", "--sslcert", "--format", "--reserved", "json", "text", "a.config",
        "--help", "-h", "--", "@x", "", "=", "--format=json", "8080=WinGate", "impact", "-"};

    @FuzzTest(maxDuration = "3m")
    void quickAndPicocliNeverDisagree(FuzzedDataProvider data) {
        List<String> line = new ArrayList<>();
        line.add(data.consumeBoolean() ? "check" : data.pickValue(WORDS));
        int length = data.consumeInt(0, 8);
        for (int i = 0; i < length; i++) {
            line.add(data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(12));
        }
        String[] args = line.toArray(String[]::new);

        CheckLines.Parsed quick = CheckLines.quick(args);

        if (quick != null) {
            assertThat(quick).as(String.join(" | ", args)).isEqualTo(CheckLines.picocli(args));
        }
    }
}
