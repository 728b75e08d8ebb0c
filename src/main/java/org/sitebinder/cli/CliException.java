package org.sitebinder.cli;

/** Bad input the user can fix: printed as one line on stderr, exit code 2, no stack trace. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message, null, false, false);
    }
}
