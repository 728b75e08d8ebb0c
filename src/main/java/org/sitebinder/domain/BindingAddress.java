package org.sitebinder.domain;

import java.util.Locale;

/**
 * A binding's {@code bindingInformation}, parsed as RULES.md section 1 says. Parsing never fails:
 * what does not parse is marked invalid here and reported by the engine.
 *
 * @param kind      how the protocol's binding information is shaped
 * @param ip        the address ({@link IpAddress#ANY} for All Unassigned); {@code null} when invalid
 *                  or when the kind has no IP
 * @param ipText    the IP as written
 * @param port      1..65535, or {@link #NO_PORT} when missing, not a number or out of range
 * @param portText  the port as written
 * @param host      the host name as written (empty = any host)
 * @param hostValid whether the host is a legal IIS host header
 */
public record BindingAddress(Kind kind, IpAddress ip, String ipText, int port, String portText,
                             String host, boolean hostValid) {

    public static final int NO_PORT = -1;

    /** How a protocol's binding information is shaped. */
    public enum Kind {
        /** http, https, ftp: {@code IP:port:host}. */
        IP_PORT_HOST,
        /** net.tcp: {@code port:hostNameComparisonMode}. */
        PORT_ONLY,
        /** net.pipe, net.msmq, msmq.formatname: no endpoint at all. */
        NO_ENDPOINT,
        /** any other protocol: kept verbatim, never checked. */
        OPAQUE
    }

    private static final BindingAddress NO_ENDPOINT = new BindingAddress(Kind.NO_ENDPOINT, null, "", NO_PORT, "", "", true);
    private static final BindingAddress OPAQUE = new BindingAddress(Kind.OPAQUE, null, "", NO_PORT, "", "", true);

    public boolean portValid() {
        return port != NO_PORT;
    }

    public boolean ipValid() {
        return kind != Kind.IP_PORT_HOST || ip != null;
    }

    /** The host lower-cased for comparison (host names compare case-insensitively). */
    public String hostKey() {
        return host.toLowerCase(Locale.ROOT);
    }

    /** Whether this address listens on a TCP port that can collide with others. */
    public boolean hasPort() {
        return kind == Kind.IP_PORT_HOST || kind == Kind.PORT_ONLY;
    }

    /** Parses {@code bindingInformation} for {@code protocol}. Never throws. */
    public static BindingAddress parse(String protocol, String info) {
        String p = protocol == null ? "" : protocol.toLowerCase(Locale.ROOT);
        String text = info == null ? "" : info;
        switch (p) {
            case "http", "https", "ftp":
                return parseIpPortHost(text);
            case "net.tcp":
                int colon = text.indexOf(':');
                String portText = colon >= 0 ? text.substring(0, colon) : text;
                return new BindingAddress(Kind.PORT_ONLY, IpAddress.ANY, "", parsePort(portText), portText, "", true);
            case "net.pipe", "net.msmq", "msmq.formatname":
                return NO_ENDPOINT;
            default:
                return OPAQUE;
        }
    }

    private static BindingAddress parseIpPortHost(String text) {
        int last = text.lastIndexOf(':');
        if (last < 0) {
            return new BindingAddress(Kind.IP_PORT_HOST, IpAddress.ANY, "", NO_PORT, text, "", true);
        }
        // Substrings only where a value is new: a server has 100,000s of bindings, and most of them
        // say "*" and "80" or "443", so those parts share one String each.
        String host = last + 1 == text.length() ? "" : text.substring(last + 1);
        int mid = text.lastIndexOf(':', last - 1);
        String portText = common(text, mid + 1, last);
        String ipText = mid < 0 ? "" : common(text, 0, mid);
        IpAddress ip = ipText.isEmpty() || ipText.equals("*") ? IpAddress.ANY : IpAddress.parseBindingIp(ipText);
        return new BindingAddress(Kind.IP_PORT_HOST, ip, ipText, parsePort(portText), portText, host, isValidHost(host));
    }

    private static final String[] COMMON = {"", "*", "80", "443", "8080", "8443", "81", "21"};

    /** {@code text[from, to)}, as a shared constant when it is one of the common parts. */
    private static String common(String text, int from, int to) {
        int length = to - from;
        for (String c : COMMON) {
            if (c.length() == length && text.regionMatches(from, c, 0, length)) {
                return c;
            }
        }
        return text.substring(from, to);
    }

    /** Decimal 1..65535, else {@link #NO_PORT}. */
    public static int parsePort(String text) {
        if (text == null || text.isEmpty() || text.length() > 5) {
            return NO_PORT;
        }
        int v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NO_PORT;
            }
            v = v * 10 + (c - '0');
        }
        return v >= 1 && v <= 65535 ? v : NO_PORT;
    }

    private static final String FORBIDDEN = "\"/\\[]:|<>+=;,?*$%#@{}^`";
    /** ASCII characters a host name may not hold: FORBIDDEN, controls, space and DEL. */
    private static final boolean[] ASCII_FORBIDDEN = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_FORBIDDEN[c] = c <= ' ' || c == 0x7f || FORBIDDEN.indexOf(c) >= 0;
        }
    }

    /**
     * An IIS host header: empty, or no whitespace and none of {@code " / \ [ ] : | < > + = ; , ? * $ % # @ { } ^ `},
     * except one leading {@code *.} label (IIS 10 wildcard host). Non-ASCII letters are allowed.
     */
    public static boolean isValidHost(String host) {
        if (host == null || host.isEmpty()) {
            return true;
        }
        int from = host.startsWith("*.") ? 2 : 0;
        if (from == host.length()) {
            return false;
        }
        for (int i = from; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c < 128 ? ASCII_FORBIDDEN[c]
                    : Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
