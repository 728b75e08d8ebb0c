package org.sitebinder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of CLI.md: {@code check}, {@code impact}, {@code resolve}. Exit codes 0, 1, 2. */
@Command(name = "sitebinder", mixinStandardHelpOptions = true, versionProvider = SitebinderCli.Version.class,
        description = "Checks IIS site bindings and http.sys SSL records for conflicts.")
public final class SitebinderCli {

    /** Runs the CLI and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new SitebinderCli()).execute(args);
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

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sitebinder " + version()};
        }
    }
}
