package org.sitebinder.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The everyday {@code check} command line, recognised without picocli: building picocli's model of
 * the commands costs about 100 ms of a script's every run (it loads 160 classes and reads their
 * annotations), longer than checking a small server.
 *
 * <p>Only the plainest form is taken: {@code check FILE [--sslcert LISTING] [--format text|json]
 * [--reserved PORT[=LABEL]]...} in any order, each value a separate word that starts with neither
 * {@code -} nor {@code @}, and {@code --sslcert} and {@code --format} at most once. Anything else
 * (help, {@code --opt=value}, {@code @argfiles}, {@code --}, a mistake) goes to picocli, which
 * parses it and reports errors exactly as before. QuickCheckTest holds both parsers to the same
 * result on every command line this one accepts.
 */
final class QuickCheck {
    private QuickCheck() {
    }

    /** The command picocli would run for {@code args}, or {@code null} when picocli must parse them. */
    static CheckCommand parse(String[] args) {
        if (args.length < 2 || !CheckCommand.NAME.equals(args[0])) {
            return null;
        }
        CheckCommand command = new CheckCommand();
        DocumentOptions input = new DocumentOptions();
        command.input = input;
        String format = null;
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (arg) {
                    case DocumentOptions.SSLCERT -> {
                        if (input.sslcert != null || !plain(value)) {
                            return null;
                        }
                        input.sslcert = Path.of(value);
                        i++;
                    }
                    case DocumentOptions.FORMAT -> {
                        if (format != null || !plain(value)) {
                            return null;
                        }
                        format = value;
                        i++;
                    }
                    case CheckCommand.RESERVED -> {
                        if (!plain(value)) {
                            return null;
                        }
                        command.reserved.add(value);
                        i++;
                    }
                    default -> {
                        if (input.file != null || !plain(arg)) {
                            return null;
                        }
                        input.file = Path.of(arg);
                    }
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        if (input.file == null) {
            return null;
        }
        if (format == null || format.equals(DocumentOptions.Format.text.name())) {
            input.format = DocumentOptions.Format.text;
        } else if (format.equals(DocumentOptions.Format.json.name())) {
            input.format = DocumentOptions.Format.json;
        } else {
            return null;
        }
        return command;
    }

    /** A word picocli takes as a value as it is: not an option, not an argument file, not empty. */
    private static boolean plain(String word) {
        return word != null && !word.isEmpty() && word.charAt(0) != '-' && word.charAt(0) != '@';
    }
}
