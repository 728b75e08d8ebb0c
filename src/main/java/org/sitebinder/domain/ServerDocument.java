package org.sitebinder.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One server's configuration: its sites, the http.sys SSL records, the certificates and the ports
 * held by other services. Immutable: every edit makes a new document, so undo keeps old values.
 *
 * @param serverName      the machine name (WEB01)
 * @param sites           in document order
 * @param sslRecordsKnown whether the SSL table is known (a native document, or a netsh listing was
 *                        given); when false, {@code sslRecords} is empty and the rules that need the
 *                        table fall back to what bindings alone show
 * @param sslRecords      in listing order
 * @param certificates    the certificates the document knows
 * @param reservedPorts   ports other services hold
 * @param extras          document fields the model does not know
 */
public record ServerDocument(String serverName, List<Site> sites, boolean sslRecordsKnown, List<SslRecord> sslRecords,
                             List<Certificate> certificates, List<ReservedPort> reservedPorts, Extras extras) {

    public ServerDocument {
        serverName = serverName == null ? "" : serverName;
        sites = List.copyOf(sites == null ? List.of() : sites);
        sslRecords = List.copyOf(sslRecords == null ? List.of() : sslRecords);
        certificates = List.copyOf(certificates == null ? List.of() : certificates);
        reservedPorts = List.copyOf(reservedPorts == null ? List.of() : reservedPorts);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A document with sites only: SSL records unknown, no certificates, no reserved ports. */
    public static ServerDocument ofSites(String serverName, List<Site> sites) {
        return new ServerDocument(serverName, sites, false, List.of(), List.of(), List.of(), Extras.NONE);
    }

    public static ServerDocument empty(String serverName) {
        return new ServerDocument(serverName, List.of(), true, List.of(), List.of(), List.of(), Extras.NONE);
    }

    public ServerDocument withServerName(String name) {
        return new ServerDocument(name, sites, sslRecordsKnown, sslRecords, certificates, reservedPorts, extras);
    }

    public ServerDocument withSites(List<Site> newSites) {
        return new ServerDocument(serverName, newSites, sslRecordsKnown, sslRecords, certificates, reservedPorts, extras);
    }

    public ServerDocument withSite(int index, Site site) {
        List<Site> copy = new ArrayList<>(sites);
        copy.set(index, site);
        return withSites(copy);
    }

    public ServerDocument withAddedSite(Site site) {
        List<Site> copy = new ArrayList<>(sites);
        copy.add(site);
        return withSites(copy);
    }

    public ServerDocument withoutSite(int index) {
        List<Site> copy = new ArrayList<>(sites);
        copy.remove(index);
        return withSites(copy);
    }

    /** Replaces the SSL table and marks it known. */
    public ServerDocument withSslRecords(List<SslRecord> records) {
        return new ServerDocument(serverName, sites, true, records, certificates, reservedPorts, extras);
    }

    public ServerDocument withCertificates(List<Certificate> certs) {
        return new ServerDocument(serverName, sites, sslRecordsKnown, sslRecords, certs, reservedPorts, extras);
    }

    public ServerDocument withReservedPorts(List<ReservedPort> ports) {
        return new ServerDocument(serverName, sites, sslRecordsKnown, sslRecords, certificates, ports, extras);
    }
}
