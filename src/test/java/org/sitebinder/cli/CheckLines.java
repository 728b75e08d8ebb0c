package org.sitebinder.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** How a {@code check} command line is read, by picocli and by {@link QuickCheck}, in comparable form. */
final class CheckLines {
    private CheckLines() {
    }

    /** What a parse produced. */
    record Parsed(Path file, Path sslcert, DocumentOptions.Format format, List<String> reserved) {
        static Parsed of(CheckCommand c) {
            return c == null ? null : new Parsed(c.input.file, c.input.sslcert, c.input.format, List.copyOf(c.reserved));
        }
    }

    /** What picocli runs for {@code args}: null when it reports an error, shows help or runs another command. */
    static Parsed picocli(String... args) {
        CommandLine cl = SitebinderCli.commandLine(args);
        try {
            CommandLine.ParseResult top = cl.parseArgs(args);
            CommandLine.ParseResult sub = top.subcommand();
            if (top.isUsageHelpRequested() || top.isVersionHelpRequested() || sub == null
                    || sub.isUsageHelpRequested() || sub.isVersionHelpRequested()
                    || !(sub.commandSpec().userObject() instanceof CheckCommand c)) {
                return null;
            }
            return Parsed.of(c);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    /** What runs without picocli: null when picocli must parse. */
    static Parsed quick(String... args) {
        return Parsed.of(QuickCheck.parse(args));
    }
}
