package org.sitebinder.ui.viewmodel;

import java.util.List;
import org.sitebinder.engine.Severity;

/**
 * One IP:port of the Endpoints view, with everything that listens on it.
 *
 * @param endpoint  {@code *:443}, {@code 10.0.0.5:80}
 * @param bindings  each as {@code protocol bindingInformation (Site)}
 * @param sites     the site names, in document order, without repeats
 * @param sslRecord the record of this IP:port and its certificate, or empty
 * @param severity  the worst severity of the findings on these bindings, or {@code null}
 * @param messages  those findings' messages
 */
public record EndpointRow(String endpoint, List<String> bindings, List<String> sites, String sslRecord,
                          Severity severity, List<String> messages) {

    /** {@code error}, {@code warning}, {@code info} or empty. */
    public String level() {
        return FindingsIndex.level(severity);
    }

    public EndpointRow {
        bindings = List.copyOf(bindings);
        sites = List.copyOf(sites);
        messages = List.copyOf(messages);
    }
}
