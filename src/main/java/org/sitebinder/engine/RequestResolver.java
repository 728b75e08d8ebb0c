package org.sitebinder.engine;

import java.util.List;
import java.util.Locale;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;

/** Which site answers a request (RULES.md section 5). Stopped sites never answer. */
public final class RequestResolver {
    private static final int EXACT_SPECIFIC = 0;
    private static final int EXACT_ANY = 1;
    private static final int WILDCARD = 2;
    private static final int EMPTY_SPECIFIC = 3;
    private static final int EMPTY_ANY = 4;
    private static final int NONE = 5;

    /**
     * @param scheme  {@code http} or {@code https}
     * @param host    the request's host name (the SNI name for https)
     * @param port    the port the request arrives on
     * @param localIp the server address the request arrives on (never ANY)
     */
    public Resolution resolve(ServerDocument document, String scheme, String host, int port, IpAddress localIp) {
        String protocol = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
        int bestTier = NONE;
        int bestSuffix = -1;
        boolean bestSpecific = false;
        int bestSite = -1;
        int bestBinding = -1;
        List<Site> sites = document.sites();
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            if (!site.started()) {
                continue;
            }
            List<Binding> bindings = site.bindings();
            for (int i = 0; i < bindings.size(); i++) {
                Binding b = bindings.get(i);
                BindingAddress a = b.address();
                if (!b.protocolKey().equals(protocol) || a.kind() != BindingAddress.Kind.IP_PORT_HOST
                        || a.port() != port || a.ip() == null || !a.ip().overlaps(localIp)) {
                    continue;
                }
                boolean specific = !a.ip().isAny();
                String bh = a.hostKey();
                int tier;
                int suffix = -1;
                if (bh.isEmpty()) {
                    tier = specific ? EMPTY_SPECIFIC : EMPTY_ANY;
                } else if (bh.startsWith("*.")) {
                    if (!wildcardMatches(bh, h)) {
                        continue;
                    }
                    tier = WILDCARD;
                    suffix = bh.length() - 1;
                } else if (bh.equals(h)) {
                    tier = specific ? EXACT_SPECIFIC : EXACT_ANY;
                } else {
                    continue;
                }
                boolean better = tier < bestTier
                        || (tier == WILDCARD && tier == bestTier
                            && (suffix > bestSuffix || (suffix == bestSuffix && specific && !bestSpecific)));
                if (better) {
                    bestTier = tier;
                    bestSuffix = suffix;
                    bestSpecific = specific;
                    bestSite = s;
                    bestBinding = i;
                }
            }
        }
        boolean https = protocol.equals("https");
        if (bestSite < 0) {
            String why = String.format("no started site has a %s binding on port %d for host '%s' on %s or All"
                    + " Unassigned", protocol, port, h, Endpoints.ip(localIp));
            return new Resolution(null, -1, null, null, null, null, why);
        }
        Site site = sites.get(bestSite);
        Binding winner = site.bindings().get(bestBinding);
        String how = describe(bestTier, winner);
        if (!https) {
            return new Resolution(site.name(), bestSite, winner.display(), new BindingRef(bestSite, bestBinding),
                    null, null, how);
        }
        return withCertificate(document, site.name(), bestSite, winner, bestBinding, h, port, localIp, how);
    }

    private static Resolution withCertificate(ServerDocument document, String name, int siteIndex, Binding winner,
                                              int bindingIndex, String h, int port, IpAddress localIp, String how) {
        BindingRef ref = new BindingRef(siteIndex, bindingIndex);
        if (!document.sslRecordsKnown()) {
            // CLI.md gives this reason word for word: scripts compare it
            return new Resolution(name, siteIndex, winner.display(), ref, null, null, "SSL records unknown (no --sslcert)");
        }
        SslLookup ssl = SslLookup.recordsOnly(document);
        SslLookup.Connection c = ssl.connection(h, localIp, port, winner.ccs());
        if (c == null) {
            String tried = winner.ccs() ? "no Central Certificate Store record for port " + port
                    : "no SSL record for " + (h.isEmpty() ? "" : h + ":" + port + ", ")
                        + (localIp.isAny() ? "" : Endpoints.ip(localIp) + ":" + port + ", ")
                        + (localIp.isIpv6() ? "[::]:" + port + " or " : "") + "0.0.0.0:" + port;
            return new Resolution(name, siteIndex, winner.display(), ref, null, null,
                    how + "; " + tried + ": the TLS handshake fails and the client gets no page (Q257332)");
        }
        SslRecord record = ssl.record(c.id());
        String step = switch (c.step()) {
            case CCS -> "certificate by Central Certificate Store record ";
            case SNI -> "certificate by SNI record ";
            case IP -> "certificate by IP record ";
            case FALLBACK -> "certificate by fallback record ";
        };
        String hash = record.certificateHash().trim();
        return new Resolution(name, siteIndex, winner.display(), ref, record.key(), hash.isEmpty() ? null : hash,
                how + "; " + step + Endpoints.record(record.key()));
    }

    /** {@code *.a.b} matches exactly one more label: {@code x.a.b}, not {@code a.b} or {@code y.x.a.b}. */
    static boolean wildcardMatches(String pattern, String host) {
        String suffix = pattern.substring(1);
        int labelEnd = host.length() - suffix.length();
        return labelEnd > 0 && host.endsWith(suffix) && host.lastIndexOf('.', labelEnd - 1) < 0;
    }

    private static String describe(int tier, Binding winner) {
        IpAddress ip = winner.address().ip();
        String on = ip.isAny() ? "All Unassigned" : Endpoints.ip(ip);
        return switch (tier) {
            case EXACT_SPECIFIC, EXACT_ANY -> "exact host on " + on;
            case WILDCARD -> "wildcard host " + winner.address().host() + " on " + on;
            default -> "empty host (any host name) on " + on;
        };
    }
}
