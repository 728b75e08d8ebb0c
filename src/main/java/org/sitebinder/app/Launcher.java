package org.sitebinder.app;

import java.util.Set;
import org.sitebinder.cli.SitebinderCli;

/**
 * The jar's main class. Not a JavaFX {@code Application}, so that a class-path start works and the CLI
 * never loads the toolkit: with a command word (or an option) it runs the CLI; otherwise it opens the
 * window on the file given, or on the embedded demo.
 */
public final class Launcher {
    private static final Set<String> COMMANDS = Set.of("check", "impact", "resolve", "help");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"))) {
            System.exit(SitebinderCli.run(args));
        }
        SitebinderApp.launchWith(args);
    }
}
