package org.sitebinder.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.engine.RequestResolver;
import org.sitebinder.engine.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resolve}: which site answers a request, and with which certificate (RULES.md section 5). */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Tells which site answers a request and which certificate it gets. Exit 0: a site answers; 1: none; 2: bad input.")
final class ResolveCommand implements Callable<Integer> {
    @Mixin
    DocumentOptions input;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "http:// or https:// URL, with an optional port.")
    String url;

    @Option(names = "--ip", required = true, paramLabel = "LOCAL_IP",
            description = "The server address the request arrives on: IPv4, or IPv6 without brackets.")
    String ip;

    @Spec
    CommandSpec spec;

    /** The parts of the URL that routing looks at. */
    record Request(String scheme, String host, int port) {
    }

    @Override
    public Integer call() {
        Request request = parseUrl(url);
        IpAddress local = IpAddress.parseLiteral(ip);
        if (local == null || local.isAny()) {
            throw new CliException("--ip " + ip + ": not a server address (IPv4, or IPv6 without brackets)");
        }
        Resolution r = new RequestResolver().resolve(input.load(), request.scheme(), request.host(), request.port(), local);
        PrintWriter out = spec.commandLine().getOut();
        out.print(input.json() ? json(r) : text(r));
        out.flush();
        return r.site() == null ? 1 : 0;
    }

    static Request parseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new CliException("--url " + text + ": not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CliException("--url " + text + ": the scheme must be http or https");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new CliException("--url " + text + ": no host name");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (port > 65535) {
            throw new CliException("--url " + text + ": the port must be between 1 and 65535");
        }
        return new Request(scheme, host.toLowerCase(Locale.ROOT), port);
    }

    static String json(Resolution r) {
        JsonOut j = new JsonOut().beginObject()
                .field("site", r.site())
                .field("binding", r.binding())
                .name("certificate");
        if (r.record() == null) {
            j.nullValue();
        } else {
            j.beginObject().field("record", r.record().toString()).field("thumbprint", r.thumbprint()).endObject();
        }
        return j.field("reason", r.reason()).endObject() + "\n";
    }

    static String text(Resolution r) {
        StringBuilder sb = new StringBuilder();
        if (r.site() == null) {
            sb.append("no site answers");
        } else {
            sb.append(r.site()).append(" (").append(r.binding()).append(')');
            if (r.record() != null) {
                sb.append(", certificate ").append(r.thumbprint()).append(" from ").append(r.record());
            }
        }
        return sb.append('\n').append(r.reason()).append('\n').toString();
    }
}
