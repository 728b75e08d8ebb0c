package org.sitebinder.bench.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.Findings;
import org.sitebinder.engine.IncrementalChecker;
import org.sitebinder.engine.Severity;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.DocumentLoader;

/**
 * Times the engine on a document: the first check in this JVM (cold), the second (the issue's
 * "warm"), the median of 7 further checks, and the median of 100 {@link IncrementalChecker#update}
 * calls after one binding changed each, after 300 warm-up edits. The document is either
 * {@link BenchmarkDocument} (100,000 sites by default, or the one argument: few findings), or, with
 * two arguments, an applicationHost.config and a netsh listing read as {@code check} reads them
 * (bench-data/: 19,008 findings, one of them naming 76,000 bindings). Run with
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sitebinder.bench.engine.EngineBenchmark
 * [-Dexec.args="bench-data/applicationHost.config bench-data/sslcert.txt"]}.
 */
public final class EngineBenchmark {
    private static final int WARM_RUNS = 7;
    private static final int EDITS = 100;
    private static final int WARMUP_EDITS = 300;
    private static final int FALLBACK_EDITS = 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws IOException, DocumentFormatException {
        long t0 = System.nanoTime();
        ServerDocument doc;
        if (args.length == 2) {
            doc = new DocumentLoader().read(Path.of(args[0]), Path.of(args[1]));
        } else {
            doc = BenchmarkDocument.generate(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
        }
        long bindings = doc.sites().stream().mapToLong(s -> s.bindings().size()).sum();
        System.out.printf("document: %d sites, %d bindings, %d SSL records, %s in %.0f ms%n",
                doc.sites().size(), bindings, doc.sslRecords().size(), args.length == 2 ? "read" : "generated",
                ms(System.nanoTime() - t0));

        BindingEngine engine = new BindingEngine(Clock.fixed(BenchmarkDocument.NOW, ZoneOffset.UTC));
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Findings cold = engine.check(doc);
        double coldMs = ms(System.nanoTime() - start);
        double coldCpu = ms(CPU.getCurrentThreadCpuTime() - cpu);
        System.out.printf("findings: %d errors, %d warnings, %d info%n", cold.count(Severity.ERROR),
                cold.count(Severity.WARNING), cold.count(Severity.INFO));
        cold.all().stream().limit(12).forEach(f -> System.out.printf("  %s %s %s %s%n", f.severity().label(), f.code(),
                f.endpoint(), f.sites().size() > 3 ? f.sites().size() + " sites" : f.sites()));

        double[] warm = new double[WARM_RUNS];
        double[] warmCpu = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            Findings again = engine.check(doc);
            warm[i] = ms(System.nanoTime() - start);
            warmCpu[i] = ms(CPU.getCurrentThreadCpuTime() - cpu);
            if (again.all().size() != cold.all().size()) {
                throw new IllegalStateException("a warm check disagrees with the cold one");
            }
        }

        IncrementalChecker checker = new IncrementalChecker(engine, doc);
        Random random = new Random(42);
        for (int i = 0; i < WARMUP_EDITS; i++) {
            doc = edit(doc, random, i);
            checker.update(doc);
        }
        double[] incremental = new double[EDITS];
        double[] incrementalCpu = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            doc = edit(doc, random, WARMUP_EDITS + i);
            start = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            checker.update(doc);
            incremental[i] = ms(System.nanoTime() - start);
            incrementalCpu[i] = ms(CPU.getCurrentThreadCpuTime() - cpu);
        }
        if (!checker.findings().all().equals(engine.check(doc).all())) {
            throw new IllegalStateException("the incremental findings differ from a full check");
        }
        double[][] fallback = fallbackEdits(checker, doc, random);
        typing(checker, doc, random);
        double[] typed = typing(checker, doc, random);
        System.out.printf("engine check cold: %.1f ms (thread CPU %.1f ms)%n", coldMs, coldCpu);
        System.out.printf("engine check second run: %.1f ms (thread CPU %.1f ms)%n", warm[0], warmCpu[0]);
        System.out.printf("engine check warm: median %.1f ms (thread CPU %.1f ms) of %d runs %s%n", median(warm),
                median(warmCpu), WARM_RUNS, Arrays.toString(round(warm)));
        System.out.printf("incremental update after one binding changed: median %.3f ms (thread CPU %.3f ms), p90 %.3f ms,"
                + " max %.3f ms of %d edits%n", median(incremental), median(incrementalCpu), percentile(incremental, 0.9),
                Arrays.stream(incremental).max().orElse(0), EDITS);
        if (fallback[0].length > 0) {
            System.out.printf("incremental update after an SNI binding lost its own record (it joins every IP record's"
                    + " group, then is undone): median %.3f ms (thread CPU %.3f ms), max %.3f ms of %d edits%n",
                    median(fallback[0]), median(fallback[1]), Arrays.stream(fallback[0]).max().orElse(0), fallback[0].length);
        }
        if (typed.length > 0) {
            System.out.printf("typing a host into an SNI binding (%d characters, one update each): median %.3f ms, first"
                    + " %.3f ms, last %.3f ms, max %.3f ms%n", typed.length, median(typed), typed[0], typed[typed.length - 1],
                    Arrays.stream(typed).max().orElse(0));
        }
        System.out.printf("machine load average at the end: %.2f on %d cores (wall times include waiting for a core)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /**
     * Changes one binding of a random site as an admin would: the http binding's host, port or IP,
     * or an https binding's host. An SNI binding takes the host of another site's SNI binding, so
     * that host's Hostname:port record then serves two sites; a non-SNI binding keeps its IP record.
     */
    private static ServerDocument edit(ServerDocument doc, Random random, int n) {
        int s = random.nextInt(doc.sites().size());
        Site site = doc.sites().get(s);
        if (site.bindings().isEmpty()) {
            return doc;
        }
        Binding http = site.bindings().get(0);
        Binding last = site.bindings().get(site.bindings().size() - 1);
        if (n % 3 == 2 && last.isHttps()) {
            String host = last.sni() ? otherSniHost(doc, random, n) : "edit" + n + ".example";
            return doc.withSite(s, site.withBinding(site.bindings().size() - 1, withHost(last, host)));
        }
        String info = switch (n % 3) {
            case 0 -> "*:" + http.address().portText() + ":edit" + n + ".example";
            case 1 -> "*:" + (8000 + n % 50) + ":" + http.address().host();
            default -> "10.99." + (n % 200) + ".1:" + http.address().portText() + ":" + http.address().host();
        };
        return doc.withSite(s, site.withBinding(0, http.withBindingInformation(info)));
    }

    /** The host of a random site's SNI binding (the first of up to 20 tries that finds one). */
    private static String otherSniHost(ServerDocument doc, Random random, int n) {
        for (int tries = 0; tries < 20; tries++) {
            List<Binding> bindings = doc.sites().get(random.nextInt(doc.sites().size())).bindings();
            Binding b = bindings.isEmpty() ? null : bindings.get(bindings.size() - 1);
            if (b != null && b.sni() && !b.address().host().isEmpty()) {
                return b.address().host();
            }
        }
        return "edit" + n + ".example";
    }

    private static Binding withHost(Binding binding, String host) {
        String info = binding.bindingInformation();
        return binding.withBindingInformation(info.substring(0, info.lastIndexOf(':') + 1) + host);
    }

    /**
     * An SNI binding on All Unassigned whose host gets no Hostname:port record of its own: it then
     * falls back to every IP record of its port (section 2), so it joins the shared-record group of
     * each (19,000 on bench-data). Each such edit is timed, then undone, so that they do not pile up.
     */
    private static double[][] fallbackEdits(IncrementalChecker checker, ServerDocument doc, Random random) {
        double[] times = new double[FALLBACK_EDITS];
        double[] cpuTimes = new double[FALLBACK_EDITS];
        int timed = 0;
        for (int tries = 0; timed < times.length && tries < 100 * times.length; tries++) {
            int s = random.nextInt(doc.sites().size());
            Site site = doc.sites().get(s);
            int last = site.bindings().size() - 1;
            if (last < 0 || !site.bindings().get(last).sni() || !site.bindings().get(last).address().ip().isAny()) {
                continue;
            }
            ServerDocument edited = doc.withSite(s, site.withBinding(last, withHost(site.bindings().get(last),
                    "no-record-" + tries + ".example")));
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            checker.update(edited);
            cpuTimes[timed] = ms(CPU.getCurrentThreadCpuTime() - cpu);
            times[timed++] = ms(System.nanoTime() - start);
            checker.update(doc);
        }
        return new double[][] {Arrays.copyOf(times, timed), Arrays.copyOf(cpuTimes, timed)};
    }

    /**
     * An admin typing a new host into an SNI binding on All Unassigned, one character per update,
     * ending on the host of another site's SNI binding. Every partial host has no Hostname:port
     * record, so from the first character on the binding falls back to every IP record of its port
     * (19,000 groups on bench-data) and its text changes in all of them; the last character gives it
     * a record again. The document is restored after.
     */
    private static double[] typing(IncrementalChecker checker, ServerDocument doc, Random random) {
        for (int tries = 0; tries < 10_000; tries++) {
            int s = random.nextInt(doc.sites().size());
            Site site = doc.sites().get(s);
            int last = site.bindings().size() - 1;
            if (last < 0 || !site.bindings().get(last).sni() || !site.bindings().get(last).address().ip().isAny()) {
                continue;
            }
            String target = otherSniHost(doc, random, 0);
            double[] times = new double[target.length()];
            for (int c = 1; c <= target.length(); c++) {
                ServerDocument typed = doc.withSite(s, site.withBinding(last,
                        withHost(site.bindings().get(last), target.substring(0, c))));
                long start = System.nanoTime();
                checker.update(typed);
                times[c - 1] = ms(System.nanoTime() - start);
            }
            checker.update(doc);
            return times;
        }
        return new double[0];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static String[] round(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format("%.1f", v)).toArray(String[]::new);
    }
}
