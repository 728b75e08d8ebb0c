package org.sitebinder.engine;

import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.SslRecordKey;

/** How findings write addresses: {@code *} for All Unassigned, IPv6 compressed as netsh prints it. */
final class Endpoints {
    private Endpoints() {
    }

    /** {@code *}, {@code 10.0.0.5} or {@code [::1]}. */
    static String ip(IpAddress ip) {
        if (ip.isAny()) {
            return "*";
        }
        return ip.isIpv6() ? compressIpv6(ip.canonical()) : ip.canonical();
    }

    static String ipPort(IpAddress ip, int port) {
        return ip(ip) + ":" + port;
    }

    /** The admin's words for an address: "All Unassigned" or the address. */
    static String describe(IpAddress ip) {
        return ip.isAny() ? "All Unassigned" : ip(ip);
    }

    /** A record key as netsh prints it ({@code [fe80::1]:443}, {@code shop.example:443}, {@code 443}). */
    static String record(SslRecordKey key) {
        if (key.kind() == SslRecordKey.Kind.IP_PORT && key.address().startsWith("[") && !key.isWildcard()) {
            return compressIpv6(key.address()) + ":" + key.port();
        }
        return key.toString();
    }

    /** {@code [0:0:0:0:0:0:0:1]} to {@code [::1]}: the longest run of two or more zero groups becomes {@code ::}. */
    static String compressIpv6(String bracketed) {
        String[] groups = bracketed.substring(1, bracketed.length() - 1).split(":");
        if (groups.length != 8) {
            return bracketed;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (!groups[i].equals("0")) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 1 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(groups[i]);
        }
        return sb.append(']').toString();
    }
}
