package org.sitebinder.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.persistence.iis.NetshWriter;

/**
 * Writes the benchmark data, the same bytes on every run: {@code applicationHost.config} with 100,000
 * sites and 200,000 bindings laid out as IIS writes them, and {@code sslcert.txt}, the matching
 * {@code netsh http show sslcert} listing.
 *
 * <p>The mix: 76% of sites have an http and an https binding, the rest two http host names. Three
 * quarters of the https bindings are SNI ({@code sslFlags} 1, some with TLS switches on top) with a
 * {@code Hostname:port} record of their own; the others sit on a dedicated IP with an {@code IP:port}
 * record. A handful of deliberate problems give the engine something to find: a duplicate binding,
 * an http binding on the https port, a duplicate site name, an SNI binding without host, an invalid
 * port, SNI bindings whose record is missing, and an orphan record.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sitebinder.bench.data.BenchDataGenerator -Dexec.args=bench-data}
 */
public final class BenchDataGenerator {

    static final int SITES = 100_000;
    private static final String[] POOLS = {"DefaultAppPool", ".NET v4.5", "Shop", "Api", "Intranet", "Blogs", "Legacy"};
    private static final String[] DOMAINS = {"contoso.com", "fabrikam.net", "example.org", "tailspin.io", "adatum.de"};
    /** Every this many SNI sites one has no record of its own (SNI_RECORD_MISSING). */
    private static final int MISSING_RECORD_EVERY = 10_000;

    private final List<SslRecord> records = new ArrayList<>(80_000);
    private int httpsSites;

    private BenchDataGenerator() {
    }

    /** @param args the output folder (created when missing); {@code bench-data} when omitted */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench-data");
        Files.createDirectories(out);
        BenchDataGenerator generator = new BenchDataGenerator();
        Path config = out.resolve("applicationHost.config");
        Path listing = out.resolve("sslcert.txt");
        generator.writeConfig(config);
        Files.writeString(listing, new NetshWriter().write(generator.records, "\r\n"), StandardCharsets.UTF_8);
        System.out.printf("%s: %,d bytes; %s: %,d bytes, %,d records%n", config, Files.size(config), listing,
                Files.size(listing), generator.records.size());
    }

    private void writeConfig(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<configuration>\r\n  <system.applicationHost>\r\n");
            w.write("    <applicationPools>\r\n");
            for (String pool : POOLS) {
                w.write("      <add name=\"" + pool + "\" managedRuntimeVersion=\"v4.0\" />\r\n");
            }
            w.write("    </applicationPools>\r\n    <sites>\r\n");
            for (int i = 1; i <= SITES; i++) {
                writeSite(w, i);
            }
            w.write("      <siteDefaults>\r\n        <logFile logFormat=\"W3C\" directory=\"%SystemDrive%\\inetpub\\logs\\LogFiles\" />\r\n"
                    + "      </siteDefaults>\r\n      <applicationDefaults applicationPool=\"DefaultAppPool\" />\r\n"
                    + "    </sites>\r\n  </system.applicationHost>\r\n</configuration>\r\n");
        }
        records.add(new SslRecord(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 443), thumbprint(0), "MY", SslRecord.IIS_APP_ID,
                flags(), null));
        // an orphan: IIS owns it, no binding uses port 9443
        records.add(new SslRecord(SslRecordKey.ipPort(SslRecordKey.IPV4_ANY, 9443), thumbprint(-1), "MY", SslRecord.IIS_APP_ID,
                flags(), null));
        records.add(new SslRecord(SslRecordKey.ccs(8443), "(null)", "", SslRecord.IIS_APP_ID, flags(), null));
    }

    private void writeSite(BufferedWriter w, int i) throws IOException {
        String host = "www" + i + "." + DOMAINS[i % DOMAINS.length];
        String name = i == 4_242 ? "Site 4241" : "Site " + i;
        w.write("      <site name=\"" + name + "\" id=\"" + i + "\"" + (i % 100 == 0 ? " serverAutoStart=\"false\"" : "") + ">\r\n");
        w.write("        <application path=\"/\" applicationPool=\"" + POOLS[i % POOLS.length] + "\">\r\n");
        w.write("          <virtualDirectory path=\"/\" physicalPath=\"D:\\Sites\\" + host + "\" />\r\n");
        w.write("        </application>\r\n        <bindings>\r\n");
        if (i % 25 < 19) {
            writeHttpsSite(w, i, host);
        } else {
            binding(w, "http", "*:80:" + host, 0);
            binding(w, "http", "*:80:" + (i == 20 ? "www19." + DOMAINS[19 % DOMAINS.length] : host.substring(4)), 0);
        }
        w.write("        </bindings>\r\n      </site>\r\n");
    }

    private void writeHttpsSite(BufferedWriter w, int i, String host) throws IOException {
        int n = httpsSites++;
        if (n % 4 == 3) {
            String ip = "10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
            binding(w, "http", ip + ":80:" + host, 0);
            binding(w, "https", ip + ":443:" + host, 0);
            records.add(record(SslRecordKey.ipPort(ip, 443), i));
            return;
        }
        binding(w, "http", i == 7 ? "*:443:" + host : i == 10 ? "*:99999:" + host : "*:80:" + host, 0);
        int flags = i % 50 == 1 ? 97 : i % 50 == 2 ? 5 : 1;
        binding(w, "https", i == 9 ? "*:443:" : "*:443:" + host, flags);
        if (i % MISSING_RECORD_EVERY != 0 && i != 9) {
            records.add(record(SslRecordKey.hostnamePort(host, 443), i));
        }
    }

    private static void binding(BufferedWriter w, String protocol, String information, int sslFlags) throws IOException {
        w.write("          <binding protocol=\"" + protocol + "\" bindingInformation=\"" + information + "\"");
        w.write(sslFlags != 0 ? " sslFlags=\"" + sslFlags + "\" />\r\n" : " />\r\n");
    }

    private static SslRecord record(SslRecordKey key, int site) {
        return new SslRecord(key, thumbprint(site), site % 3 == 0 ? "WebHosting" : "MY", SslRecord.IIS_APP_ID, flags(), null);
    }

    /** The fields netsh prints after the store on Windows Server 2016 and later, with their usual values. */
    private static List<SslRecord.Field> flags() {
        return List.of(
                new SslRecord.Field("Verify Client Certificate Revocation", "Enabled"),
                new SslRecord.Field("Verify Revocation Using Cached Client Certificate Only", "Disabled"),
                new SslRecord.Field("Usage Check", "Enabled"),
                new SslRecord.Field("Revocation Freshness Time", "0"),
                new SslRecord.Field("URL Retrieval Timeout", "0"),
                new SslRecord.Field("Ctl Identifier", "(null)"),
                new SslRecord.Field("Ctl Store Name", "(null)"),
                new SslRecord.Field("DS Mapper Usage", "Disabled"),
                new SslRecord.Field("Negotiate Client Certificate", "Disabled"),
                new SslRecord.Field("Reject Connections", "Disabled"),
                new SslRecord.Field("Disable HTTP2", "Not Set"));
    }

    /** A fixed-looking SHA-1 thumbprint per certificate (splitmix64 of the site number), so runs match. */
    private static String thumbprint(int site) {
        long a = mix(site * 2L + 1);
        long b = mix(site * 2L + 2);
        return String.format("%016x%016x%08x", a, b, (int) mix(a ^ b));
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
