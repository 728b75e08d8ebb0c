package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;

/**
 * Lists the sites an operation on an SSL record touches (RULES.md section 4), through the same "is
 * served by" as the findings, so a binding on a specific IP that reaches {@code 0.0.0.0:443} only
 * through the fallback is listed too.
 */
public final class ImpactAnalyzer {

    /** Deleting site {@code siteIndex}: the other sites served by the records its https bindings use. */
    public Impact deleteSite(ServerDocument document, int siteIndex) {
        Site site = document.sites().get(siteIndex);
        List<Binding> own = new ArrayList<>();
        for (Binding b : site.bindings()) {
            own.add(b);
        }
        return new Impact("delete-site", site.name(), others(document, siteIndex, own));
    }

    /** Removing one binding: the other sites served by the records that binding uses. */
    public Impact removeBinding(ServerDocument document, BindingRef binding) {
        Site site = document.sites().get(binding.site());
        Binding b = site.bindings().get(binding.binding());
        return new Impact("remove-binding", site.name() + " " + b.display(), others(document, binding.site(), List.of(b)));
    }

    /** Remapping record {@code key} to another certificate: every site it serves (empty when no such record). */
    public Impact remapRecord(ServerDocument document, SslRecordKey key) {
        return new Impact("remap-ssl", Endpoints.record(key), served(document, key));
    }

    /** Removing record {@code key}: every site it serves (empty when no such record). */
    public Impact removeRecord(ServerDocument document, SslRecordKey key) {
        return new Impact("remove-ssl", Endpoints.record(key), served(document, key));
    }

    /**
     * For every record, the names of the sites it serves (document order, each once): what removing
     * or remapping each record would touch, computed in one pass for a table of all records.
     */
    public Map<SslRecordKey, List<String>> sitesByRecord(ServerDocument document) {
        SslLookup ssl = SslLookup.recordsOnly(document);
        Map<SslRecordKey, Set<String>> names = new LinkedHashMap<>();
        for (var record : document.sslRecords()) {
            names.put(record.key(), new LinkedHashSet<>());
        }
        List<Site> sites = document.sites();
        eachServed(document, ssl, -1, (s, i, b, ids) -> {
            for (int k = 0; k < ids.size(); k++) {
                names.computeIfAbsent(ssl.key(ids.get(k)), x -> new LinkedHashSet<>()).add(sites.get(s).name());
            }
        });
        Map<SslRecordKey, List<String>> out = new LinkedHashMap<>();
        names.forEach((key, set) -> out.put(key, List.copyOf(set)));
        return out;
    }

    /**
     * The records serving the bindings {@code leaving} accepts, in listing order, each mapped to
     * whether a binding it does not accept is served by it too: which records removing those
     * bindings leaves unused. One pass over the document, however many records share the port;
     * asking {@link #remapRecord} of each record instead walks the document once per record, which
     * on a server with 66,000 records on port 443 does not finish.
     */
    public Map<SslRecordKey, Boolean> recordsServing(ServerDocument document, Predicate<BindingRef> leaving) {
        SslLookup ssl = SslLookup.recordsOnly(document);
        Map<SslRecordKey, Boolean> out = new LinkedHashMap<>();
        if (!ssl.known()) {
            return out;
        }
        BitSet theirs = new BitSet();
        BitSet others = new BitSet();
        eachServed(document, ssl, -1, (s, i, b, ids) -> {
            BitSet into = leaving.test(new BindingRef(s, i)) ? theirs : others;
            for (int k = 0; k < ids.size(); k++) {
                into.set(ids.get(k));
            }
        });
        if (theirs.isEmpty()) {
            return out;
        }
        for (SslRecord record : document.sslRecords()) {
            int id = ssl.id(record.key());
            if (id >= 0 && theirs.get(id)) {
                out.putIfAbsent(record.key(), others.get(id));
            }
        }
        return out;
    }

    private static List<Affected> served(ServerDocument document, SslRecordKey key) {
        SslLookup ssl = SslLookup.recordsOnly(document);
        int id = ssl.id(key);
        if (id < 0) {
            return List.of();
        }
        return collect(document, ssl, -1, candidate -> candidate == id);
    }

    private static List<Affected> others(ServerDocument document, int siteIndex, List<Binding> removed) {
        SslLookup ssl = SslLookup.recordsOnly(document);
        if (!ssl.known()) {
            return sameEndpointWithoutRecords(document, siteIndex, removed);
        }
        Set<Integer> touched = new HashSet<>();
        IntList scratch = new IntList();
        for (Binding b : removed) {
            if (servable(b)) {
                ssl.servedBy(b, scratch);
                for (int i = 0; i < scratch.size(); i++) {
                    touched.add(scratch.get(i));
                }
            }
        }
        if (touched.isEmpty()) {
            return List.of();
        }
        return collect(document, ssl, siteIndex, touched::contains);
    }

    /** Every https binding of a site other than {@code skipSite} served by a record the predicate accepts. */
    private static List<Affected> collect(ServerDocument document, SslLookup ssl, int skipSite, IntPredicate touched) {
        List<Affected> out = new ArrayList<>();
        List<Site> sites = document.sites();
        eachServed(document, ssl, skipSite, (s, i, b, ids) -> {
            int first = -1;
            for (int k = 0; k < ids.size(); k++) {
                int id = ids.get(k);
                if (touched.test(id) && (first < 0 || id < first)) {
                    first = id;
                }
            }
            if (first >= 0) {
                out.add(new Affected(sites.get(s).name(), s, b.display(), new BindingRef(s, i), ssl.key(first)));
            }
        });
        return out;
    }

    /** An https binding some record serves: its site, its position in the site, and the key ids serving it. */
    @FunctionalInterface
    private interface Served {
        void accept(int site, int index, Binding binding, IntList ids);
    }

    /** Calls {@code each} for every https binding of a site other than {@code skipSite} that some record serves. */
    private static void eachServed(ServerDocument document, SslLookup ssl, int skipSite, Served each) {
        IntList ids = new IntList();
        List<Site> sites = document.sites();
        for (int s = 0; s < sites.size(); s++) {
            List<Binding> bindings = sites.get(s).bindings();
            for (int i = 0; s != skipSite && i < bindings.size(); i++) {
                Binding b = bindings.get(i);
                if (servable(b)) {
                    ssl.servedBy(b, ids);
                    if (ids.size() > 0) {
                        each.accept(s, i, b, ids);
                    }
                }
            }
        }
    }

    /** Records unknown: grouped as SHARED_SSL_ENDPOINT is, by non-SNI, non-CCS https bindings on equal IP and port. */
    private static List<Affected> sameEndpointWithoutRecords(ServerDocument document, int siteIndex, List<Binding> removed) {
        Set<String> endpoints = new HashSet<>();
        for (Binding b : removed) {
            if (plainHttps(b)) {
                endpoints.add(key(b.address().ip(), b.address().port()));
            }
        }
        List<Affected> out = new ArrayList<>();
        if (endpoints.isEmpty()) {
            return out;
        }
        List<Site> sites = document.sites();
        for (int s = 0; s < sites.size(); s++) {
            List<Binding> bindings = sites.get(s).bindings();
            for (int i = 0; s != siteIndex && i < bindings.size(); i++) {
                Binding b = bindings.get(i);
                if (plainHttps(b) && endpoints.contains(key(b.address().ip(), b.address().port()))) {
                    out.add(new Affected(sites.get(s).name(), s, b.display(), new BindingRef(s, i), null));
                }
            }
        }
        return out;
    }

    private static String key(IpAddress ip, int port) {
        return ip.canonical() + "|" + port;
    }

    private static boolean servable(Binding b) {
        return b.isHttps() && b.address().portValid() && b.address().ip() != null;
    }

    private static boolean plainHttps(Binding b) {
        return servable(b) && !b.sni() && !b.ccs();
    }
}
