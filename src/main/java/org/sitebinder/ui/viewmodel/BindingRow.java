package org.sitebinder.ui.viewmodel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Finding;
import org.sitebinder.engine.Severity;

/**
 * One row of the Bindings table: the binding as an admin reads it, the worst severity of its
 * findings, which cells are at fault, and the findings' messages for the tooltip.
 */
public final class BindingRow {
    private final BindingRef ref;
    private final Binding binding;
    private final String certificate;
    private final List<Finding> findings;
    private final Severity severity;
    private final Map<BindingColumn, Severity> cells = new EnumMap<>(BindingColumn.class);

    BindingRow(BindingRef ref, Binding binding, String certificate, List<Finding> findings) {
        this.ref = ref;
        this.binding = binding;
        this.certificate = certificate;
        this.findings = List.copyOf(findings);
        Severity worst = null;
        for (Finding f : findings) {
            worst = FindingsIndex.worse(worst, f.severity());
            for (BindingColumn c : BindingColumn.atFault(f.code())) {
                cells.merge(c, f.severity(), FindingsIndex::worse);
            }
        }
        this.severity = worst;
        if (worst != null) {
            cells.merge(BindingColumn.STATUS, worst, FindingsIndex::worse);
        }
    }

    public BindingRef ref() {
        return ref;
    }

    public Binding binding() {
        return binding;
    }

    public String type() {
        return binding.protocol();
    }

    public String host() {
        return binding.address().host();
    }

    /**
     * The host as the table shows it: blank for any host, as IIS Manager does, except where the
     * missing host is the fault (an SNI or CCS binding), so the marked cell says what is missing.
     */
    public String hostText() {
        String host = host();
        return host.isEmpty() && cellSeverity(BindingColumn.HOST) != null ? "(no host name)" : host;
    }

    public String port() {
        return binding.address().hasPort() ? binding.address().portText() : "";
    }

    /** The IP as IIS Manager shows it: "*" for All Unassigned, else as written. */
    public String ip() {
        BindingAddress a = binding.address();
        if (a.kind() != BindingAddress.Kind.IP_PORT_HOST) {
            return a.kind() == BindingAddress.Kind.PORT_ONLY ? "*" : binding.bindingInformation();
        }
        return a.ip() != null && a.ip().isAny() ? "*" : a.ipText();
    }

    public String certificate() {
        return certificate;
    }

    public String sniCcs() {
        if (binding.sni() && binding.ccs()) {
            return "SNI, CCS";
        }
        return binding.sni() ? "SNI" : binding.ccs() ? "CCS" : "";
    }

    /** "OK", or the codes of the binding's findings. */
    public String status() {
        if (findings.isEmpty()) {
            return "OK";
        }
        return findings.stream().map(f -> f.code().name()).distinct().collect(Collectors.joining(", "));
    }

    /** The worst severity of the binding's findings, or {@code null} when it has none. */
    public Severity severity() {
        return severity;
    }

    /** {@code error}, {@code warning}, {@code info} or empty: the row's pseudo-class. */
    public String level() {
        return FindingsIndex.level(severity);
    }

    /** The cell's pseudo-class, or empty when the cell is not at fault. */
    public String cellLevel(BindingColumn column) {
        return FindingsIndex.level(cells.get(column));
    }

    /** The severity at which this cell is at fault, or {@code null}. */
    public Severity cellSeverity(BindingColumn column) {
        return cells.get(column);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The findings' messages, one paragraph each: they name the other sites and what will happen. */
    public String tooltip() {
        return findings.stream().map(f -> f.severity().label() + " " + f.code() + ": " + f.message())
                .collect(Collectors.joining("\n\n"));
    }
}
