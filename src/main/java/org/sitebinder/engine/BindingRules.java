package org.sitebinder.engine;

import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecordKey;

/**
 * The rules about one binding alone: INVALID_PORT, INVALID_ADDRESS, INVALID_HOST, SNI_WITHOUT_HOST,
 * CCS_WITHOUT_HOST and SNI_RECORD_MISSING.
 */
final class BindingRules {
    private final SslLookup ssl;
    private final IntList scratch = new IntList();

    BindingRules(SslLookup ssl) {
        this.ssl = ssl;
    }

    void check(ServerDocument document, long ref, FindingSink out) {
        int s = Refs.site(ref);
        int b = Refs.binding(ref);
        if (s >= document.sites().size()) {
            return;
        }
        Site site = document.sites().get(s);
        if (b >= site.bindings().size()) {
            return;
        }
        Binding binding = site.bindings().get(b);
        BindingAddress a = binding.address();
        if (a.kind() != BindingAddress.Kind.IP_PORT_HOST && a.kind() != BindingAddress.Kind.PORT_ONLY) {
            return;
        }
        boolean https = binding.isHttps();
        boolean noHost = a.host().isEmpty();
        boolean ipPort = a.kind() == BindingAddress.Kind.IP_PORT_HOST;
        if (a.portValid() && (!ipPort || (a.ip() != null && a.hostValid()))
                && !(https && (binding.sni() || binding.ccs()))) {
            return;
        }
        Group group = new Group(document, new long[] {ref});
        String name = site.name();
        String shown = binding.display();
        if (!a.portValid()) {
            out.add(group.finding(Code.INVALID_PORT, null, String.format(
                    "Binding '%s' of '%s' has the port '%s': the server port number must be a positive integer"
                            + " between 1 and 65535, so IIS rejects the binding and the site does not start."
                            + " Enter a port from 1 to 65535.", shown, name, a.portText())));
        }
        if (a.kind() != BindingAddress.Kind.IP_PORT_HOST) {
            return;
        }
        if (a.ip() == null) {
            out.add(group.finding(Code.INVALID_ADDRESS, null, String.format(
                    "Binding '%s' of '%s' has the IP address '%s', which is neither All Unassigned (*) nor an"
                            + " IPv4 address nor a bracketed IPv6 address: IIS rejects the binding and the site"
                            + " does not start. Correct the address.", shown, name, a.ipText())));
        }
        if (!a.hostValid()) {
            out.add(group.finding(Code.INVALID_HOST, null, String.format(
                    "Binding '%s' of '%s' has the host name '%s', which IIS does not accept (a forbidden"
                            + " character, or a '*' other than one leading '*.' label): the binding is rejected."
                            + " Correct the host name, for example www.contoso.com or *.contoso.com.",
                    shown, name, a.host())));
        }
        if (!https) {
            return;
        }
        String endpoint = a.portValid() && a.ip() != null ? Endpoints.ipPort(a.ip(), a.port()) : null;
        if (binding.sni() && noHost) {
            out.add(group.finding(Code.SNI_WITHOUT_HOST, endpoint, String.format(
                    "Binding '%s' of '%s' requires Server Name Indication but has no host name: IIS refuses it"
                            + " and clients cannot reach the site over HTTPS. Enter the host name clients use,"
                            + " or clear 'Require Server Name Indication'.", shown, name)));
        }
        if (binding.ccs() && noHost) {
            out.add(group.finding(Code.CCS_WITHOUT_HOST, endpoint, String.format(
                    "Binding '%s' of '%s' uses the Central Certificate Store but has no host name: the store"
                            + " picks the certificate file by host name, so HTTPS clients get no certificate."
                            + " Enter a host name.", shown, name)));
        }
        sniRecordMissing(group, binding, endpoint, out);
    }

    private void sniRecordMissing(Group group, Binding binding, String endpoint, FindingSink out) {
        BindingAddress a = binding.address();
        if (!ssl.known() || !binding.sni() || binding.ccs() || endpoint == null) {
            return;
        }
        if (!a.host().isEmpty() && ssl.id(SslRecordKey.hostnamePort(a.host(), a.port())) >= 0) {
            return;
        }
        ssl.servedBy(binding, scratch);
        if (scratch.size() == 0) {
            return;
        }
        String fallback = Endpoints.record(ssl.key(scratch.get(0)));
        String own = a.host().isEmpty() ? "Hostname:" + a.port() : a.hostKey() + ":" + a.port();
        out.add(group.finding(Code.SNI_RECORD_MISSING, fallback, String.format(
                "SNI binding '%s' of '%s' has no certificate record %s of its own, so its clients get the"
                        + " certificate of %s instead; browsers warn unless that certificate covers the host."
                        + " Add a %s record with the site's certificate.",
                binding.display(), group.sites.get(0), own, fallback, own)));
    }
}
