package org.sitebinder.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.DocumentLoader;

/**
 * How fast a full check could be at best, on the parsed bench-data document: the work every check
 * must do before any rule runs or any finding is worded, timed like EngineBenchmark (cold, second
 * run, warm median of 7). Three floors:
 * <ul>
 *   <li>walk: read every binding's parsed listener, port, address and host from the document's
 *       objects, as any check over this model must;</li>
 *   <li>group: the walk, plus finding each https binding's Hostname:port record and sorting
 *       packed listener/port/host and port/address/listener keys, so equal keys sit side by side;
 *       no rule and no finding;</li>
 *   <li>columns: that grouping over integer columns (one id per distinct address or host string)
 *       built once beforehand, as a document model that kept its bindings in columns would give.</li>
 * </ul>
 * Run after {@code mvn -q test-compile} with
 * {@code java -cp target/classes:target/test-classes:target/sitebinder.jar org.sitebinder.engine.FloorBenchmark
 * bench-data/applicationHost.config bench-data/sslcert.txt}.
 */
public final class FloorBenchmark {
    private static final int WARM_RUNS = 7;
    private static long sink;

    private FloorBenchmark() {
    }

    public static void main(String[] args) throws IOException, DocumentFormatException {
        ServerDocument doc = new DocumentLoader().read(Path.of(args[0]), Path.of(args[1]));
        time("walk", () -> walk(doc));
        time("group", () -> group(doc));
        long start = System.nanoTime();
        Columns columns = new Columns(doc);
        System.out.printf("columns built once in %.0f ms (not part of what follows)%n", (System.nanoTime() - start) / 1e6);
        time("columns", columns::group);
        System.out.println("checksum " + sink + " (printed so that the work cannot be optimised away)");
    }

    private static void time(String what, LongSupplier run) {
        double[] ms = new double[WARM_RUNS + 2];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            sink += run.getAsLong();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 2, ms.length);
        Arrays.sort(warm);
        System.out.printf("%-8s cold %.1f ms, second run %.1f ms, warm median %.1f ms%n", what, ms[0], ms[1],
                warm[warm.length / 2]);
    }

    private static long walk(ServerDocument doc) {
        long acc = 0;
        for (Site site : doc.sites()) {
            for (Binding b : site.bindings()) {
                BindingAddress a = b.address();
                acc += Listener.of(b) + a.port() + a.hostKey().length() + (a.ip() == null ? 0 : a.ip().hashCode());
            }
        }
        return acc;
    }

    private static long group(ServerDocument doc) {
        List<Site> sites = doc.sites();
        int total = 0;
        for (Site site : sites) {
            total += site.bindings().size();
        }
        SslLookup ssl = new SslLookup(doc, Instant.EPOCH);
        IntList served = new IntList();
        Map<IpAddress, Integer> ipIds = new HashMap<>();
        long[] hostPort = new long[total];
        long[] cells = new long[total];
        long pairs = 0;
        int n = 0;
        for (int s = 0; s < sites.size(); s++) {
            for (Binding b : sites.get(s).bindings()) {
                int listener = Listener.of(b);
                BindingAddress a = b.address();
                if (listener == Listener.NONE || !a.portValid() || n >= 1 << 18) {
                    continue;
                }
                IpAddress ip = a.ip();
                int ipId = ip == null ? 0 : ip.isAny() ? 1 : ipIds.computeIfAbsent(ip, k -> ipIds.size() + 2);
                String host = a.hostKey();
                // key in the high bits, the binding's position in the low 18
                hostPort[n] = ((((long) listener << 16 | a.port()) * 0x9E3779B97F4A7C15L) ^ host.hashCode()) & ~0x3ffffL | n;
                cells[n] = ((long) a.port() << 46) | ((long) (ipId & 0xfffffff) << 18) | n;
                if (listener == Listener.HTTPS && ip != null) {
                    ssl.servedBy(b, host, served);
                    pairs += served.size();
                }
                n++;
            }
        }
        long[] scratch = new long[n];
        radixSort(hostPort, scratch, n, 18, 64);
        radixSort(cells, scratch, n, 18, 64);
        return pairs + equalNeighbours(hostPort, n) + cells[0];
    }

    private static long equalNeighbours(long[] keys, int n) {
        long equal = 0;
        for (int i = 1; i < n; i++) {
            if (keys[i] >>> 18 == keys[i - 1] >>> 18) {
                equal++;
            }
        }
        return equal;
    }

    /** Sorts the first {@code n} values by bits {@code from} to {@code to}, 11 bits a pass. */
    static void radixSort(long[] values, long[] scratch, int n, int from, int to) {
        int[] count = new int[1 << 11];
        long[] src = values;
        long[] dst = scratch;
        for (int shift = from; shift < to; shift += 11) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (src[i] >>> shift) & 2047]++;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long v = src[i];
                dst[count[(int) (v >>> shift) & 2047]++] = v;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != values) {
            System.arraycopy(src, 0, values, 0, n);
        }
    }

    /** Bindings and Hostname:port records as integer columns; one id per distinct address or host text. */
    private static final class Columns {
        private final int n;
        private final int[] listener;
        private final int[] port;
        private final int[] ip;
        private final int[] host;
        private final int records;
        private final int[] recordPort;
        private final int[] recordHost;

        Columns(ServerDocument doc) {
            Map<String, Integer> ids = new HashMap<>();
            int total = 0;
            for (Site site : doc.sites()) {
                total += site.bindings().size();
            }
            listener = new int[total];
            port = new int[total];
            ip = new int[total];
            host = new int[total];
            int k = 0;
            for (Site site : doc.sites()) {
                for (Binding b : site.bindings()) {
                    int l = Listener.of(b);
                    BindingAddress a = b.address();
                    if (l == Listener.NONE || !a.portValid() || k >= 1 << 18) {
                        continue;
                    }
                    listener[k] = l;
                    port[k] = a.port();
                    ip[k] = a.ip() == null ? 0 : a.ip().isAny() ? 1 : ids.computeIfAbsent(a.ip().canonical(), t -> ids.size() + 2);
                    host[k] = ids.computeIfAbsent(a.hostKey(), t -> ids.size() + 2);
                    k++;
                }
            }
            n = k;
            List<SslRecord> all = doc.sslRecords();
            recordPort = new int[all.size()];
            recordHost = new int[all.size()];
            int r = 0;
            for (SslRecord record : all) {
                if (record.key().kind() == SslRecordKey.Kind.HOSTNAME_PORT) {
                    recordPort[r] = record.key().port();
                    recordHost[r] = ids.computeIfAbsent(record.key().address(), t -> ids.size() + 2);
                    r++;
                }
            }
            records = r;
        }

        long group() {
            long[] scratch = new long[Math.max(n, records)];
            long[] hostPort = new long[n];
            long[] cells = new long[n];
            long[] httpsHosts = new long[n];
            int https = 0;
            for (int i = 0; i < n; i++) {
                hostPort[i] = ((long) listener[i] << 60) | ((long) port[i] << 44) | ((long) (host[i] & 0x3ffffff) << 18) | i;
                cells[i] = ((long) port[i] << 46) | ((long) (ip[i] & 0xfffffff) << 18) | i;
                if (listener[i] == Listener.HTTPS) {
                    httpsHosts[https++] = ((long) port[i] << 44) | ((long) (host[i] & 0x3ffffff) << 18) | i;
                }
            }
            radixSort(hostPort, scratch, n, 18, 64);
            radixSort(cells, scratch, n, 18, 64);
            radixSort(httpsHosts, scratch, https, 18, 64);
            long[] recordKeys = new long[records];
            for (int r = 0; r < records; r++) {
                recordKeys[r] = ((long) recordPort[r] << 44) | ((long) (recordHost[r] & 0x3ffffff) << 18);
            }
            radixSort(recordKeys, scratch, records, 18, 64);
            long matched = 0;
            for (int i = 0, j = 0; i < https && j < records;) {
                long x = httpsHosts[i] >>> 18;
                long y = recordKeys[j] >>> 18;
                if (x < y) {
                    i++;
                } else if (x > y) {
                    j++;
                } else {
                    matched++;
                    i++;
                }
            }
            return matched + equalNeighbours(hostPort, n) + cells[0];
        }
    }
}
