package org.sitebinder.persistence.iis;

import java.io.ByteArrayInputStream;
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
 * -Dexec.mainClass=org.sitebinder.persistence.iis.ReaderBenchmark -Dexec.args=bench-data}
 */
public final class ReaderBenchmark {

    private static final int WARM_RUNS = 15;

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

        long[] xmlTimes = new long[WARM_RUNS + 1];
        long[] netshTimes = new long[WARM_RUNS + 1];
        ServerDocument doc = null;
        List<SslRecord> table = null;
        for (int run = 0; run <= WARM_RUNS; run++) {
            long t0 = System.nanoTime();
            doc = sites.read(new ByteArrayInputStream(xml), config, "BENCH");
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

    private static void report(String what, int bytes, String result, long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        System.out.printf("%s: %,d bytes -> %s; cold %d ms, warm median %d ms (min %d, max %d, %d runs)%n",
                what, bytes, result, nanos[0] / 1_000_000, warm[warm.length / 2] / 1_000_000,
                warm[0] / 1_000_000, warm[warm.length - 1] / 1_000_000, warm.length);
    }
}
