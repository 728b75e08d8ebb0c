package org.sitebinder.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ReservedPort;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * Documents and edits drawn from small pools of protocols, addresses, ports and hosts, so random
 * choices collide often. Driven by {@link Choices}: a seeded Random in tests, fuzz data in the fuzz test.
 */
final class RandomDocs {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    /** Where the choices come from. */
    interface Choices {
        int pick(int n);

        /** Free text, for bindingInformation nobody anticipated. */
        String text();
    }

    private static final String[] PROTOCOLS = {"http", "https", "https", "ftp", "net.tcp", "net.pipe", "HTTP", "custom"};
    private static final String[] IPS = {"*", "", "0.0.0.0", "10.0.0.1", "10.0.0.2", "[::1]", "[0:0:0:0:0:0:0:1]", "[::]", "300.1.1.1"};
    private static final String[] PORTS = {"80", "443", "443", "8443", "21", "0", "x"};
    private static final String[] HOSTS = {"", "a.example", "A.Example", "b.example", "*.example", "x.y.example", "bad host", "*"};
    private static final int[] FLAGS = {0, 1, 2, 3, 97, 0, 1};
    private static final String[] NAMES = {"A", "B", "a", "C", "D", "E"};
    private static final String[] KEYS = {"0.0.0.0:443", "[::]:443", "10.0.0.1:443", "[::1]:443", "a.example:443",
        "b.example:443", "*.example:443", "443", "0.0.0.0:8443", "x.y.example:443", "8443"};
    private static final String[] THUMBS = {"aa01", "bb02", "cc03", "dd04"};

    private final Choices in;

    /** Choices from a seeded generator; free text is one of {@code texts}. */
    static RandomDocs seeded(long seed, String... texts) {
        Random random = new Random(seed);
        return new RandomDocs(new Choices() {
            @Override
            public int pick(int n) {
                return random.nextInt(n);
            }

            @Override
            public String text() {
                return texts[random.nextInt(texts.length)];
            }
        });
    }

    RandomDocs(Choices in) {
        this.in = in;
    }

    ServerDocument document(int maxSites) {
        List<Site> sites = new ArrayList<>();
        int n = in.pick(maxSites + 1);
        for (int i = 0; i < n; i++) {
            sites.add(site());
        }
        ServerDocument doc = ServerDocument.ofSites("WEB01", sites);
        if (in.pick(4) > 0) {
            doc = doc.withSslRecords(records()).withCertificates(certificates());
        }
        if (in.pick(3) == 0) {
            doc = doc.withReservedPorts(List.of(new ReservedPort(in.pick(2) == 0 ? 8443 : 80, "proxy")));
        }
        return doc;
    }

    Site site() {
        List<Binding> bindings = new ArrayList<>();
        int n = in.pick(4);
        for (int i = 0; i < n; i++) {
            bindings.add(binding());
        }
        Long id = in.pick(3) == 0 ? null : (long) in.pick(4);
        Site s = new Site(id, NAMES[in.pick(NAMES.length)], bindings);
        return in.pick(5) == 0 ? s.withState(SiteState.STOPPED) : s;
    }

    Binding binding() {
        String protocol = PROTOCOLS[in.pick(PROTOCOLS.length)];
        String info;
        int shape = in.pick(10);
        if (shape == 0) {
            info = in.text();
        } else if (protocol.equals("net.tcp")) {
            info = PORTS[in.pick(PORTS.length)] + ":*";
        } else {
            info = IPS[in.pick(IPS.length)] + ":" + PORTS[in.pick(PORTS.length)] + ":" + HOSTS[in.pick(HOSTS.length)];
        }
        return new Binding(protocol, info, FLAGS[in.pick(FLAGS.length)]);
    }

    List<SslRecord> records() {
        List<SslRecord> out = new ArrayList<>();
        int n = in.pick(6);
        for (int i = 0; i < n; i++) {
            String app = in.pick(4) == 0 ? Docs.OTHER_APP : SslRecord.IIS_APP_ID;
            out.add(new SslRecord(SslRecordKey.parse(KEYS[in.pick(KEYS.length)]), THUMBS[in.pick(THUMBS.length)], "MY", app));
        }
        return out;
    }

    List<Certificate> certificates() {
        List<Certificate> out = new ArrayList<>();
        int n = in.pick(THUMBS.length + 1);
        String[] cns = {"a.example", "*.example", "b.example", "other"};
        long[] days = {-3, 10, 400, 31};
        for (int i = 0; i < n; i++) {
            out.add(new Certificate(THUMBS[i].toUpperCase(), "CN=" + cns[in.pick(cns.length)], List.of(HOSTS[in.pick(HOSTS.length)]),
                    "CN=CA", NOW.minus(Duration.ofDays(300)), NOW.plus(Duration.ofDays(days[in.pick(days.length)]))));
        }
        return out;
    }

    /** One edit of the kinds the GUI makes: a binding, a site's name, id or state, a site added or removed, the SSL table. */
    ServerDocument edit(ServerDocument doc) {
        List<Site> sites = doc.sites();
        int kind = in.pick(10);
        if (sites.isEmpty() || kind == 0) {
            return doc.withAddedSite(site());
        }
        int i = in.pick(sites.size());
        Site s = sites.get(i);
        return switch (kind) {
            case 1 -> doc.withoutSite(i);
            case 2 -> doc.withSite(i, s.withName(NAMES[in.pick(NAMES.length)]));
            case 3 -> doc.withSite(i, s.withId(in.pick(2) == 0 ? null : (long) in.pick(4)));
            case 4 -> doc.withSite(i, s.withState(s.started() ? SiteState.STOPPED : SiteState.STARTED));
            case 5 -> doc.withSite(i, s.withAddedBinding(binding()));
            case 6 -> s.bindings().isEmpty() ? doc : doc.withSite(i, s.withoutBinding(in.pick(s.bindings().size())));
            case 7 -> in.pick(3) == 0 ? doc.withSslRecords(records()) : doc.withSite(i, site());
            default -> s.bindings().isEmpty() ? doc.withSite(i, s.withAddedBinding(binding()))
                    : doc.withSite(i, s.withBinding(in.pick(s.bindings().size()), binding()));
        };
    }
}
