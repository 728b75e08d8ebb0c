package org.sitebinder.cli;

/** Run in a child JVM by BatchCompilationTest: applies the policy there and prints what the JVM then holds. */
public final class BatchCompilationProbe {
    private BatchCompilationProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("added: " + BatchCompilation.excludeC2());
        System.out.println(BatchCompilation.diagnosticCommand("compilerDirectivesPrint"));
    }
}
