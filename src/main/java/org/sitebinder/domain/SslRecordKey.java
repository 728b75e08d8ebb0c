package org.sitebinder.domain;

import java.util.Locale;

/**
 * The key of an http.sys SSL record, as {@code netsh http show sslcert} prints it: {@code IP:port}
 * ({@code 0.0.0.0:443}, {@code [::]:443}, {@code 10.0.0.5:443}), {@code Hostname:port}
 * ({@code www.contoso.com:443}) or a Central Certificate Store port ({@code 443}).
 *
 * @param kind    which of the three tables the record is in
 * @param address for {@link Kind#IP_PORT}: {@code 0.0.0.0}, {@code [::]} or a specific address in
 *                {@link IpAddress} canonical form; for {@link Kind#HOSTNAME_PORT}: the host name,
 *                lower-cased; empty for {@link Kind#CCS}
 * @param port    1..65535
 */
public record SslRecordKey(Kind kind, String address, int port) {

    public static final String IPV4_ANY = "0.0.0.0";
    public static final String IPV6_ANY = "[::]";

    /** The three record tables of http.sys. */
    public enum Kind { IP_PORT, HOSTNAME_PORT, CCS }

    public static SslRecordKey ipPort(String address, int port) {
        return new SslRecordKey(Kind.IP_PORT, address, port);
    }

    public static SslRecordKey hostnamePort(String host, int port) {
        return new SslRecordKey(Kind.HOSTNAME_PORT, host.toLowerCase(Locale.ROOT), port);
    }

    public static SslRecordKey ccs(int port) {
        return new SslRecordKey(Kind.CCS, "", port);
    }

    /** {@code 0.0.0.0:port} or {@code [::]:port}. */
    public boolean isWildcard() {
        return kind == Kind.IP_PORT && (IPV4_ANY.equals(address) || IPV6_ANY.equals(address));
    }

    /**
     * Parses a key as netsh prints it or a user types it: {@code 0.0.0.0:443}, {@code [::]:443},
     * {@code 10.0.0.5:443}, {@code [fe80::1]:443}, {@code www.contoso.com:443}, or a bare port
     * {@code 443} for a CCS record.
     *
     * @return the key, or {@code null} when the text is not a key
     */
    public static SslRecordKey parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int bare = BindingAddress.parsePort(t);
        if (bare != BindingAddress.NO_PORT) {
            return ccs(bare);
        }
        int colon = t.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        int port = BindingAddress.parsePort(t.substring(colon + 1));
        if (port == BindingAddress.NO_PORT) {
            return null;
        }
        String a = t.substring(0, colon);
        if (a.startsWith("[")) {
            IpAddress ip = IpAddress.parseBindingIp(a);
            if (ip == null) {
                return null;
            }
            return ipPort(ip.isAny() ? IPV6_ANY : ip.canonical(), port);
        }
        if (a.equals(IPV4_ANY)) {
            return ipPort(IPV4_ANY, port);
        }
        IpAddress v4 = IpAddress.parseBindingIp(a);
        if (v4 != null && !a.isEmpty() && !a.equals("*")) {
            return ipPort(v4.canonical(), port);
        }
        if (a.indexOf(':') >= 0 || !BindingAddress.isValidHost(a) || a.isEmpty()) {
            return null;
        }
        return hostnamePort(a, port);
    }

    /** The key as netsh prints it. */
    @Override
    public String toString() {
        return kind == Kind.CCS ? Integer.toString(port) : address + ":" + port;
    }
}
