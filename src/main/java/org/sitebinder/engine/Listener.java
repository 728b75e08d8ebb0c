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

    /** By protocol, case-insensitively, without lower-casing (this runs once per binding per check). */
    static int of(Binding binding) {
        String p = binding.protocol();
        // exact spelling first (equals is one vector compare), any case after
        return switch (p.length()) {
            case 3 -> p.equals("ftp") || p.equalsIgnoreCase("ftp") ? FTP : NONE;
            case 4 -> p.equals("http") || p.equalsIgnoreCase("http") ? HTTP : NONE;
            case 5 -> p.equals("https") || p.equalsIgnoreCase("https") ? HTTPS : NONE;
            case 7 -> p.equals("net.tcp") || p.equalsIgnoreCase("net.tcp") ? NET_TCP : NONE;
            default -> NONE;
        };
    }

    static String label(int listener) {
        return LABELS[listener];
    }
}
