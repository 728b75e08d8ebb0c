package org.sitebinder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of CLI.md: {@code check}, {@code impact}, {@code resolve}. Exit codes 0, 1, 2. */
@Command(name = "sitebinder", mixinStandardHelpOptions = true, versionProvider = SitebinderCli.Version.class,
        description = "Checks IIS site bindings and http.sys SSL records for conflicts.%n"
                + "Without a command, 'sitebinder [FILE]' opens the window.",
        subcommands = {CheckCommand.class, ImpactCommand.class, ResolveCommand.class, CommandLine.HelpCommand.class})
public final class SitebinderCli {
    /** Bad input: unreadable or malformed file, unknown option, site, binding or record key. */
    public static final int EXIT_BAD_INPUT = 2;

    /**
     * Runs the CLI on the process's streams and returns the exit code. The everyday {@code check}
     * command line skips building picocli's model ({@link QuickCheck}); it then runs and fails
     * exactly as it would through picocli.
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new StdoutWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(System.err, true);
        CheckCommand quick = QuickCheck.parse(args);
        if (quick != null) {
            try {
                return quick.run(out);
            } catch (Exception e) {
                return report(e, err);
            }
        }
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * The configured command line for these arguments; tests set its out and err writers. When the
     * first argument names a command, only that command is built: picocli reads every command's
     * annotations when it is added, which a script calling {@code check} pays for on every run.
     */
    public static CommandLine commandLine(String... args) {
        Object only = args.length == 0 ? null : switch (args[0]) {
            case "check" -> new CheckCommand();
            case "impact" -> new ImpactCommand();
            case "resolve" -> new ResolveCommand();
            default -> null;
        };
        CommandLine cl;
        if (only == null) {
            cl = new CommandLine(new SitebinderCli());
        } else {
            cl = new CommandLine(new Named());
            cl.addSubcommand(args[0], only);
        }
        cl.setParameterExceptionHandler(SitebinderCli::badUsage);
        cl.setExecutionExceptionHandler(SitebinderCli::failed);
        return cl;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println(cl.getCommandName() + ": " + e.getMessage()
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        cl.getErr().flush();
        return EXIT_BAD_INPUT;
    }

    // One line, never a stack trace: CliException carries the user's mistake; anything else is
    // still reported in one line so that a script sees a clear failure.
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(e, cl.getErr());
    }

    private static int report(Exception e, PrintWriter err) {
        err.println(e instanceof CliException ? e.getMessage() : "internal error: " + e);
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /** The version from the build. */
    public static String version() {
        try (InputStream in = SitebinderCli.class.getResourceAsStream("/org/sitebinder/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top level when one command is run: its name is what usage lines and messages show. */
    @Command(name = "sitebinder", mixinStandardHelpOptions = true, versionProvider = SitebinderCli.Version.class)
    static final class Named {
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sitebinder " + version()};
        }
    }
}
