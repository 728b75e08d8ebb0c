package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.ReservedPort;

/** Reserved ports as one line an admin edits: {@code 8080=WinGate, 3128=Squid} (the CLI's --reserved form). */
final class ReservedPortsText {

    private ReservedPortsText() {
    }

    static String format(List<ReservedPort> ports) {
        return ports.stream().map(p -> p.label().isEmpty() ? Integer.toString(p.port()) : p.port() + "=" + p.label())
                .collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException naming the entry that is not {@code PORT} or {@code PORT=LABEL} */
    static List<ReservedPort> parse(String text) {
        List<ReservedPort> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String portText = (eq < 0 ? p : p.substring(0, eq)).trim();
            int port = BindingAddress.parsePort(portText);
            if (port == BindingAddress.NO_PORT) {
                throw new IllegalArgumentException("'" + p + "': " + BindingDialogViewModel.PORT_MESSAGE);
            }
            out.add(new ReservedPort(port, eq < 0 ? "" : p.substring(eq + 1).trim()));
        }
        return out;
    }
}
