package org.sitebinder.persistence.iis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;

/**
 * Times both readers on the data of {@code org.sitebinder.bench.data.BenchDataGenerator}, in process:
 * the first (cold) read, then the median of the warm reads. Files are read into memory first, so
 * the numbers are parsing, not disk.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sitebinder.persistence.iis.ReaderBenchmark -Dexec.args=bench-data}. A second
 * argument sets the number of warm runs (0: the cold run only, for repeating it in fresh JVMs); a
 * third, {@code parallel}, first times one cold read of both files in two threads, as the CLI reads them.
 */
public final class ReaderBenchmark {

    private static final int DEFAULT_WARM_RUNS = 15;

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench-data");
        Path config = dir.resolve("applicationHost.config");
        Path listing = dir.resolve("sslcert.txt");
        byte[] xml = Files.readAllBytes(config);
        byte[] text = Files.readAllBytes(listing);
        ApplicationHostReader sites = new ApplicationHostReader();
        NetshReader records = new NetshReader();
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_WARM_RUNS;
        if (args.length > 2 && args[2].equals("parallel")) {
            parallel(xml, config, text, listing);
        }

        long[] xmlTimes = new long[warmRuns + 1];
        long[] netshTimes = new long[warmRuns + 1];
        ServerDocument doc = null;
        List<SslRecord> table = null;
        for (int run = 0; run <= warmRuns; run++) {
            long t0 = System.nanoTime();
            doc = sites.read(xml, config, "BENCH");
            long t1 = System.nanoTime();
            table = records.read(text, listing);
            long t2 = System.nanoTime();
            xmlTimes[run] = t1 - t0;
            netshTimes[run] = t2 - t1;
        }
        int bindings = doc.sites().stream().mapToInt(s -> s.bindings().size()).sum();
        report("ApplicationHostReader", xml.length, doc.sites().size() + " sites, " + bindings + " bindings", xmlTimes);
        report("NetshReader", text.length, table.size() + " records", netshTimes);
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        // the results are used after the measurement so that they are still reachable when it is taken
        System.out.printf("heap in use holding both inputs and both results (%d sites, %d records): %,d MB%n",
                doc.sites().size(), table.size(), heap >> 20);
    }

    private static void parallel(byte[] xml, Path config, byte[] text, Path listing) throws Exception {
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<ServerDocument> doc = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new ApplicationHostReader().read(xml, config, "BENCH");
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        List<SslRecord> table = new NetshReader().read(text, listing);
        long t1 = System.nanoTime();
        int sites = doc.get().sites().size();
        long t2 = System.nanoTime();
        System.out.printf("both readers in parallel, cold: %d ms (netsh done at %d ms; %d sites, %d records)%n",
                (t2 - t0) / 1_000_000, (t1 - t0) / 1_000_000, sites, table.size());
    }

    private static void report(String what, int bytes, String result, long[] nanos) {
        if (nanos.length == 1) {
            System.out.printf("%s: %,d bytes -> %s; cold %d ms%n", what, bytes, result, nanos[0] / 1_000_000);
            return;
        }
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        System.out.printf("%s: %,d bytes -> %s; cold %d ms, warm median %d ms (min %d, max %d, %d runs)%n",
                what, bytes, result, nanos[0] / 1_000_000, warm[warm.length / 2] / 1_000_000,
                warm[0] / 1_000_000, warm[warm.length - 1] / 1_000_000, warm.length);
    }
}
