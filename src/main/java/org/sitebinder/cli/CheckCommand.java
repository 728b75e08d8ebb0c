package org.sitebinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: every finding of RULES.md; exit 1 when any is an error. */
@Command(name = CheckCommand.NAME, mixinStandardHelpOptions = true,
        description = "Checks bindings and SSL records for conflicts. Exit 0: no error finding; 1: error findings; 2: bad input.")
final class CheckCommand implements Callable<Integer> {
    static final String NAME = "check";
    static final String RESERVED = "--reserved";

    @Mixin
    DocumentOptions input;

    @Option(names = RESERVED, paramLabel = "PORT[=LABEL]",
            description = "A port held by a service outside IIS (repeatable), e.g. --reserved 8080=WinGate.")
    List<String> reserved = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** Runs the check, writing the findings to {@code out}; returns the exit code. */
    int run(PrintWriter out) {
        ServerDocument doc = input.load();
        if (!reserved.isEmpty()) {
            List<ReservedPort> ports = new ArrayList<>(doc.reservedPorts());
            for (String r : reserved) {
                ports.add(parseReserved(r));
            }
            doc = doc.withReservedPorts(ports);
        }
        Findings findings = new BindingEngine().check(doc);
        if (input.json()) {
            FindingsFormat.json(findings, out);
        } else {
            out.print(FindingsFormat.text(findings, Terminal.colours()));
        }
        out.flush();
        return findings.count(Severity.ERROR) > 0 ? 1 : 0;
    }

    static ReservedPort parseReserved(String text) {
        int eq = text.indexOf('=');
        String portText = eq < 0 ? text : text.substring(0, eq);
        int port = org.sitebinder.domain.BindingAddress.parsePort(portText.trim());
        if (port < 0) {
            throw new CliException("--reserved " + text + ": the port must be a number between 1 and 65535");
        }
        return new ReservedPort(port, eq < 0 ? "" : text.substring(eq + 1));
    }

    /** Separate so the GUI-free formats can be tested without a command line. */
    static final class FindingsFormat {
        private FindingsFormat() {
        }

        static String json(Findings findings) {
            StringWriter text = new StringWriter();
            json(findings, text);
            return text.toString();
        }

        /** The JSON of CLI.md, written out as it is made: 100,000 sites can have tens of thousands of findings. */
        static void json(Findings findings, Writer sink) {
            JsonOut j = new JsonOut().beginObject().name("findings").beginArray();
            for (Finding f : findings.all()) {
                if (j.length() >= 1 << 16) {
                    drain(j, sink, "");
                }
                j.newline(2).beginObject()
                        .field("code", f.code().name())
                        .field("severity", f.severity().label())
                        .stringArray("sites", f.sites())
                        .field("endpoint", f.endpoint())
                        .stringArray("bindings", f.bindings())
                        .field("message", f.message())
                        .endObject();
            }
            if (!findings.all().isEmpty()) {
                j.closingLine(1);
            }
            j.endArray().newline(1).name("summary").beginObject()
                    .field("errors", findings.count(Severity.ERROR))
                    .field("warnings", findings.count(Severity.WARNING))
                    .field("info", findings.count(Severity.INFO))
                    .endObject().closingLine(0).endObject();
            drain(j, sink, "\n");
        }

        /** Writes what {@code j} holds, then {@code after}, to {@code sink}. */
        private static void drain(JsonOut j, Writer sink, String after) {
            try {
                j.drainTo(sink);
                sink.write(after);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String text(Findings findings, boolean colour) {
            StringBuilder sb = new StringBuilder();
            for (Finding f : findings.all()) {
                sb.append(Terminal.severity(f.severity(), colour)).append(' ')
                        .append(f.code().name()).append(' ')
                        .append(f.endpoint() == null ? "-" : f.endpoint());
                if (!f.sites().isEmpty()) {
                    sb.append(' ').append(String.join(", ", f.sites())).append(':');
                }
                sb.append(' ').append(f.message()).append('\n');
            }
            sb.append(summary(findings)).append('\n');
            return sb.toString();
        }

        static String summary(Findings findings) {
            int e = findings.count(Severity.ERROR);
            int w = findings.count(Severity.WARNING);
            int i = findings.count(Severity.INFO);
            return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
        }
    }
}
