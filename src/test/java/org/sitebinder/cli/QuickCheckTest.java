package org.sitebinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.cli.CheckLines.picocli;
import static org.sitebinder.cli.CheckLines.quick;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitebinder.cli.CheckLines.Parsed;

/** The quick {@code check} parser takes only command lines picocli reads the same way. */
class QuickCheckTest {
    @TempDir
    Path dir;

    @Test
    void theEverydayFormsAreReadAsPicocliReadsThem() {
        String[][] lines = {
            {"check", "applicationHost.config"},
            {"check", "applicationHost.config", "--format", "json"},
            {"check", "--sslcert", "sslcert.txt", "applicationHost.config", "--format", "text"},
            {"check", "site.json", "--reserved", "8080=WinGate", "--reserved", "8081", "--format", "json"},
            {"check", "C:\\inetpub\\applicationHost.config", "--sslcert", "my listing.txt"},
        };
        for (String[] line : lines) {
            Parsed quick = quick(line);
            assertThat(quick).as(String.join(" ", line)).isNotNull().isEqualTo(picocli(line));
        }
        assertThat(quick("check", "a.config", "--reserved", "8080=WinGate", "--format", "json"))
                .isEqualTo(new Parsed(Path.of("a.config"), null, DocumentOptions.Format.json, List.of("8080=WinGate")));
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        String[][] lines = {
            {"check"},
            {"check", "--help"},
            {"check", "-h", "a.config"},
            {"check", "a.config", "--format=json"},
            {"check", "a.config", "--sslcert=listing.txt"},
            {"check", "@args.txt"},
            {"check", "--", "a.config"},
            {"check", "a.config", "b.config"},
            {"check", "a.config", "--format", "xml"},
            {"check", "a.config", "--format", "JSON"},
            {"check", "a.config", "--format", "json", "--format", "text"},
            {"check", "a.config", "--sslcert", "x.txt", "--sslcert", "y.txt"},
            {"check", "a.config", "--sslcert"},
            {"check", "a.config", "--reserved", "-1"},
            {"check", ""},
            {"check", "a\0.config"},
            {"impact", "a.config", "--delete-site", "Shop"},
            {"--version"},
        };
        for (String[] line : lines) {
            assertThat(quick(line)).as(String.join(" ", line)).isNull();
        }
    }

    @Test
    void onRandomCommandLinesTheQuickParserNeverDisagreesWithPicocli() {
        String[] words = {"check", "a.config", "b.json", "sitebinder.txt", "--sslcert", "--format", "--reserved",
            "json", "text", "xml", "8080", "8080=WinGate", "=x", "-x", "--help", "-V", "--", "@file", "",
            "--format=json", "--sslcert=l.txt", "--reserved=81", "check", "impact", "help", "--Format", "-"};
        Random random = new Random(20261125);
        int taken = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> line = new ArrayList<>();
            line.add(random.nextInt(10) == 0 ? words[random.nextInt(words.length)] : "check");
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                line.add(words[random.nextInt(words.length)]);
            }
            String[] args = line.toArray(String[]::new);
            Parsed quick = quick(args);
            if (quick != null) {
                taken++;
                assertThat(quick).as(String.join(" ", args)).isEqualTo(picocli(args));
            }
        }
        assertThat(taken).as("command lines the quick parser took").isGreaterThan(500);
    }

    @Test
    void aQuickRunReportsBadInputInOneLineWithExitTwo() throws IOException {
        Path missing = dir.resolve("missing.config");
        Path bad = dir.resolve("bad.config");
        Files.writeString(bad, "<configuration><system.applicationHost>");
        assertThat(QuickCheck.parse(new String[] {"check", missing.toString()})).isNotNull();

        ProcessOutput missingRun = run("check", missing.toString(), "--format", "json");
        ProcessOutput badRun = run("check", bad.toString());

        assertThat(missingRun.exit).isEqualTo(2);
        assertThat(missingRun.out).isEmpty();
        assertThat(missingRun.err).isEqualTo(missing + ": no such file" + System.lineSeparator());
        assertThat(badRun.exit).isEqualTo(2);
        assertThat(badRun.err.lines()).singleElement().asString().startsWith(bad + ":1:").contains("not well-formed");
    }

    @Test
    void aQuickRunPrintsWhatThePicocliRunPrints() throws IOException {
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, "<configuration><system.applicationHost><sites>"
                + "<site name=\"Blog\" id=\"1\"><bindings><binding protocol=\"http\" bindingInformation=\"*:8443:\"/></bindings></site>"
                + "<site name=\"Legacy\" id=\"2\"><bindings><binding protocol=\"https\" bindingInformation=\"*:8443:l.example\"/></bindings></site>"
                + "</sites></system.applicationHost></configuration>");
        for (String format : new String[] {"json", "text"}) {
            ProcessOutput quick = run("check", file.toString(), "--format", format);
            CliRun picocli = CliRun.of("check", file.toString(), "--format=" + format);

            assertThat(quick.exit).isEqualTo(1).isEqualTo(picocli.exit());
            assertThat(quick.out).contains("PROTOCOL_CONFLICT").isEqualTo(picocli.out());
        }
    }

    private record ProcessOutput(int exit, String out, String err) {
    }

    /**
     * {@link SitebinderCli#run} on captured standard streams, as the jar's main runs it. Run twice and
     * the second kept: when the fuzz tests share this JVM, Jazzer logs each class it instruments on
     * first load to standard error.
     */
    private static ProcessOutput run(String... args) {
        capture(args);
        return capture(args);
    }

    private static ProcessOutput capture(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Charset charset = Charset.defaultCharset();
        try {
            System.setOut(new PrintStream(out, true, charset));
            System.setErr(new PrintStream(err, true, charset));
            int exit = SitebinderCli.run(args);
            return new ProcessOutput(exit, out.toString(charset), err.toString(charset));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
