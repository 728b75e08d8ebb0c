package org.sitebinder.domain;

/**
 * A port held by something outside IIS (a proxy service, another server), with a label for the
 * admin: the WinGate case of KB Q165338.
 *
 * @param port   the port
 * @param label  what holds it, for the admin
 * @param extras document fields the model does not know
 */
public record ReservedPort(int port, String label, Extras extras) {
    public ReservedPort {
        label = label == null ? "" : label;
        extras = extras == null ? Extras.NONE : extras;
    }

    public ReservedPort(int port, String label) {
        this(port, label, Extras.NONE);
    }
}
