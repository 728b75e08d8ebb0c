package org.sitebinder.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One binding of a site, as IIS stores it: a protocol, the raw {@code bindingInformation} and, for
 * https, the {@code sslFlags} bit mask. The parsed {@link BindingAddress} is derived from the raw
 * text; a binding that does not parse stays in the model verbatim.
 *
 * @param protocol           protocol as written (http, https, ftp, net.tcp, ...)
 * @param bindingInformation the raw text of the file
 * @param sslFlags           the bit mask, every bit kept (0 when absent)
 * @param address            the parsed form of {@code bindingInformation}
 * @param extras             attributes the model does not know
 */
public record Binding(String protocol, String bindingInformation, int sslFlags, BindingAddress address, Extras extras) {

    public static final int SSL_SNI = 1;
    public static final int SSL_CCS = 2;
    public static final int SSL_DISABLE_HTTP2 = 4;
    public static final int SSL_DISABLE_OCSP_STAPLING = 8;
    public static final int SSL_DISABLE_QUIC = 16;
    public static final int SSL_DISABLE_TLS13_OVER_TCP = 32;
    public static final int SSL_DISABLE_LEGACY_TLS = 64;

    public Binding {
        Objects.requireNonNull(protocol, "protocol");
        bindingInformation = bindingInformation == null ? "" : bindingInformation;
        BindingAddress parsed = BindingAddress.parse(protocol, bindingInformation);
        if (address == null) {
            address = parsed;
        } else if (!address.equals(parsed)) {
            throw new IllegalArgumentException("address does not match bindingInformation");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Binding(String protocol, String bindingInformation, int sslFlags) {
        this(protocol, bindingInformation, sslFlags, null, Extras.NONE);
    }

    public static Binding of(String protocol, String bindingInformation) {
        return new Binding(protocol, bindingInformation, 0);
    }

    /** The protocol lower-cased, for comparisons. */
    public String protocolKey() {
        return protocol.toLowerCase(Locale.ROOT);
    }

    public boolean isHttps() {
        return "https".equals(protocol) || "https".equalsIgnoreCase(protocol);
    }

    public boolean sni() {
        return isHttps() && (sslFlags & SSL_SNI) != 0;
    }

    public boolean ccs() {
        return isHttps() && (sslFlags & SSL_CCS) != 0;
    }

    public Binding withBindingInformation(String info) {
        return new Binding(protocol, info, sslFlags, null, extras);
    }

    public Binding withProtocol(String newProtocol) {
        return new Binding(newProtocol, bindingInformation, sslFlags, null, extras);
    }

    public Binding withSslFlags(int flags) {
        return new Binding(protocol, bindingInformation, flags, address, extras);
    }

    /** {@code protocol bindingInformation}, the form findings and the CLI use ({@code "https *:443:shop.example"}). */
    public String display() {
        return protocol + " " + bindingInformation;
    }

    @Override
    public String toString() {
        return display();
    }
}
