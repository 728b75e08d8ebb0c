package org.sitebinder.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JIT policy of one command-line run over a large input on a machine of one or two cores.
 *
 * <p>HotSpot's optimising compiler (C2) pays off in a long-lived process. A command-line check of a
 * large server is a batch of about a second: on two cores, C2 holds one core for the whole run
 * while the check runs profiled code on the other, and its largest compiles (the XML scanner's and
 * the netsh reader's loops, 100 to 220 ms each) finish after the loops they were for have ended.
 * Measured with bench/cli-check.sh (100,000 sites): 1.6 s with the default policy, 1.2 s without C2
 * (both files read at once, see DocumentLoader#read).
 *
 * <p>So, for such a run, the JVM is asked, through its documented diagnostic command interface
 * (the MBean behind {@code jcmd <pid> Compiler.directives_add}), to stop C2 compiles for the rest of
 * the process; methods then stay with the quick compiler (C1). It is asked before the files are
 * read, at a cost of about 110 ms: a compile queued before the directive keeps the policy it was
 * queued with, and with both files read at once, hot reader methods queue for C2 within
 * milliseconds. The directive lives only in this JVM, its file only in the temporary directory and
 * only until the command has been given. Nothing here can fail the check: on a JVM without the
 * command it is silently not applied. The window never calls this; machines with more cores keep
 * the default policy (C2 there has a core of its own), as do small inputs (C2 never starts on them).
 */
final class BatchCompilation {
    /** Inputs below this many bytes never keep C2 busy long enough to matter. */
    static final long LARGE_INPUT = 4L << 20;
    static final int SMALL_MACHINE_CORES = 2;
    static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private BatchCompilation() {
    }

    /** Whether a run over {@code inputBytes} of files on {@code cores} processors should drop C2. */
    static boolean wanted(long inputBytes, int cores) {
        return inputBytes >= LARGE_INPUT && cores <= SMALL_MACHINE_CORES;
    }

    /** Applies the policy when {@link #wanted}, before returning; whether C2 is now out of the run. */
    static boolean forInput(long inputBytes) {
        return wanted(inputBytes, Runtime.getRuntime().availableProcessors()) && excludeC2() != null;
    }

    /** Adds the no-C2 directive to this JVM; returns the diagnostic command's answer, or null when it could not. */
    static String excludeC2() {
        try {
            // named by process and time, not by Files.createTempFile, whose SecureRandom takes 10 ms to
            // start; CREATE_NEW refuses a name that exists, a link included
            Path file = Path.of(System.getProperty("java.io.tmpdir"),
                    "sitebinder-jit-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".json");
            Files.writeString(file, NO_C2, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            file.toFile().deleteOnExit();
            try {
                return diagnosticCommand("compilerDirectivesAdd", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception e) {
            return null; // not HotSpot, no management, no temporary directory: the default policy stays
        }
    }

    /** Runs a diagnostic command of this JVM by its MBean operation name (jcmd's, in camel case). */
    static String diagnosticCommand(String operation, String... arguments) throws JMException {
        Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
        return String.valueOf(answer);
    }
}
