package org.sitebinder.domain;

/**
 * A port held by something outside IIS (a proxy service, another server), with a label for the
 * admin: the WinGate case of KB Q165338.
 */
public record ReservedPort(int port, String label) {
    public ReservedPort {
        label = label == null ? "" : label;
    }
}
