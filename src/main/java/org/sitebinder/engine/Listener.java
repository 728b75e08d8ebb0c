package org.sitebinder.engine;

import org.sitebinder.domain.Binding;

/** The listener a binding needs on its port; bindings of different listeners cannot share a port (Q165338). */
final class Listener {
    static final int NONE = -1;
    static final int HTTP = 0;
    static final int HTTPS = 1;
    static final int FTP = 2;
    static final int NET_TCP = 3;
    static final int COUNT = 4;

    private static final String[] LABELS = {"HTTP", "HTTPS", "FTP", "net.tcp"};

    private Listener() {
    }

    static int of(Binding binding) {
        return switch (binding.protocolKey()) {
            case "http" -> HTTP;
            case "https" -> HTTPS;
            case "ftp" -> FTP;
            case "net.tcp" -> NET_TCP;
            default -> NONE;
        };
    }

    static String label(int listener) {
        return LABELS[listener];
    }
}
