package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Severity;

/**
 * Every IP:port the document listens on, with its bindings, sites and SSL record: the view that
 * shows at a glance which sites share an endpoint. Endpoints with findings come first.
 */
public final class EndpointsViewModel {
    private final ObservableList<EndpointRow> rows = FXCollections.observableArrayList();
    /** What the rows show: built again only for another document or other findings. */
    private ServerDocument shownDoc;
    private FindingsIndex shownFindings;

    void refresh(ServerDocument doc, FindingsIndex findings) {
        if (doc == shownDoc && findings == shownFindings) {
            return;
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<SslRecordKey, SslRecord> records = new LinkedHashMap<>();
        doc.sslRecords().forEach(r -> records.putIfAbsent(r.key(), r));
        for (int s = 0; s < doc.sites().size(); s++) {
            Site site = doc.sites().get(s);
            for (int b = 0; b < site.bindings().size(); b++) {
                Binding binding = site.bindings().get(b);
                BindingAddress a = binding.address();
                if (!a.hasPort() || !a.portValid() || a.ip() == null) {
                    continue;
                }
                String key = (a.ip().isAny() ? "*" : a.ip().canonical()) + ":" + a.port();
                Group g = groups.computeIfAbsent(key, k -> new Group(k, a.port()));
                g.add(site, binding, findings.forBinding(new BindingRef(s, b)));
                if (binding.isHttps() && g.record.isEmpty()) {
                    g.record = recordText(records, a);
                }
            }
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingInt((Group g) -> g.severity == null ? 3 : g.severity.ordinal())
                .thenComparingInt(g -> g.port).thenComparing(g -> g.endpoint));
        rows.setAll(sorted.stream().map(Group::row).toList());
        shownDoc = doc;
        shownFindings = findings;
    }

    private static String recordText(Map<SslRecordKey, SslRecord> records, BindingAddress a) {
        String ip = a.ip().isAny() ? SslRecordKey.IPV4_ANY : a.ip().canonical();
        SslRecord r = records.get(SslRecordKey.ipPort(ip, a.port()));
        return r == null ? "" : r.key() + " → " + r.certificateHash();
    }

    public ObservableList<EndpointRow> rows() {
        return rows;
    }

    private static final class Group {
        final String endpoint;
        final int port;
        final List<String> bindings = new ArrayList<>();
        final Set<String> sites = new LinkedHashSet<>();
        /** The findings of the endpoint's bindings, each once: one finding can name 76,000 of them. */
        final Set<Finding> findings = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<Finding> inOrder = new ArrayList<>();
        Severity severity;
        String record = "";

        Group(String endpoint, int port) {
            this.endpoint = endpoint;
            this.port = port;
        }

        void add(Site site, Binding binding, List<Finding> bindingFindings) {
            bindings.add(binding.display() + " (" + site.name() + ")");
            sites.add(site.name());
            for (Finding f : bindingFindings) {
                if (findings.add(f)) {
                    severity = FindingsIndex.worse(severity, f.severity());
                    inOrder.add(f);
                }
            }
        }

        EndpointRow row() {
            Set<String> messages = new LinkedHashSet<>();
            for (Finding f : inOrder) {
                messages.add(f.code() + ": " + f.message());
            }
            return new EndpointRow(endpoint, bindings, List.copyOf(sites), record, severity, List.copyOf(messages));
        }
    }
}
