package org.sitebinder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Impact;
import org.sitebinder.engine.ImpactAnalyzer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact}: which other sites an operation on an SSL record touches (RULES.md section 4). */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Lists every site and binding an operation would affect through a shared SSL record. Exit 0: done; 2: bad input.")
final class ImpactCommand implements Callable<Integer> {
    @Mixin
    DocumentOptions input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Operation operation;

    @Option(names = "--thumbprint", paramLabel = "HASH", description = "The new certificate hash, with --remap-ssl.")
    String thumbprint;

    @Spec
    CommandSpec spec;

    static final class Operation {
        @Option(names = "--delete-site", paramLabel = "NAME", description = "Deleting a site.")
        String deleteSite;

        @Option(names = "--remove-binding", arity = "3", paramLabel = "SITE PROTOCOL BINDINGINFO",
                description = "Removing one binding of a site, e.g. --remove-binding Shop https *:443:shop.example")
        List<String> removeBinding;

        @Option(names = "--remap-ssl", paramLabel = "KEY", description = "Remapping a record to another certificate (with --thumbprint).")
        String remapSsl;

        @Option(names = "--remove-ssl", paramLabel = "KEY", description = "Removing a record.")
        String removeSsl;
    }

    @Override
    public Integer call() {
        if (operation.remapSsl != null && (thumbprint == null || thumbprint.isBlank())) {
            throw new CliException("--remap-ssl needs --thumbprint HASH");
        }
        if (operation.remapSsl == null && thumbprint != null) {
            throw new CliException("--thumbprint goes with --remap-ssl");
        }
        ServerDocument doc = input.load();
        Impact impact = analyse(doc);
        PrintWriter out = spec.commandLine().getOut();
        out.print(input.json() ? json(impact) : text(impact));
        out.flush();
        return 0;
    }

    private Impact analyse(ServerDocument doc) {
        ImpactAnalyzer analyzer = new ImpactAnalyzer();
        if (operation.deleteSite != null) {
            return analyzer.deleteSite(doc, siteIndex(doc, operation.deleteSite));
        }
        if (operation.removeBinding != null) {
            List<String> a = operation.removeBinding;
            int site = siteIndex(doc, a.get(0));
            return analyzer.removeBinding(doc, bindingRef(doc, site, a.get(1), a.get(2)));
        }
        String keyText = operation.remapSsl != null ? operation.remapSsl : operation.removeSsl;
        if (!doc.sslRecordsKnown()) {
            throw new CliException(input.file + ": no SSL records are known for " + keyText
                    + " (give the netsh listing with --sslcert)");
        }
        SslRecordKey key = recordKey(doc, keyText);
        return operation.remapSsl != null ? analyzer.remapRecord(doc, key) : analyzer.removeRecord(doc, key);
    }

    static int siteIndex(ServerDocument doc, String name) {
        List<Site> sites = doc.sites();
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new CliException("no site named '" + name + "'");
    }

    static BindingRef bindingRef(ServerDocument doc, int site, String protocol, String info) {
        List<Binding> bindings = doc.sites().get(site).bindings();
        for (int b = 0; b < bindings.size(); b++) {
            Binding binding = bindings.get(b);
            if (binding.protocol().equalsIgnoreCase(protocol) && binding.bindingInformation().equals(info)) {
                return new BindingRef(site, b);
            }
        }
        throw new CliException("site '" + doc.sites().get(site).name() + "' has no binding " + protocol + " " + info);
    }

    static SslRecordKey recordKey(ServerDocument doc, String text) {
        SslRecordKey key = SslRecordKey.parse(text);
        if (key == null) {
            throw new CliException("'" + text + "' is not an SSL record key (0.0.0.0:443, [::]:443, www.contoso.com:443, or a CCS port)");
        }
        boolean exists = doc.sslRecords().stream().anyMatch(r -> r.key().equals(key));
        if (!exists) {
            throw new CliException("no SSL record " + key);
        }
        return key;
    }

    static String json(Impact impact) {
        JsonOut j = new JsonOut().beginObject()
                .field("operation", impact.operation())
                .field("target", impact.target())
                .name("affected").beginArray();
        for (Affected a : impact.affected()) {
            j.newline(2).beginObject()
                    .field("site", a.site())
                    .field("binding", a.binding())
                    .field("record", a.record() == null ? null : a.record().toString())
                    .endObject();
        }
        if (!impact.affected().isEmpty()) {
            j.closingLine(1);
        }
        return j.endArray().closingLine(0).endObject() + "\n";
    }

    static String text(Impact impact) {
        StringBuilder sb = new StringBuilder();
        sb.append(impact.operation()).append(' ').append(impact.target()).append('\n');
        for (Affected a : impact.affected()) {
            sb.append("  ").append(a.site()).append("  ").append(a.binding());
            if (a.record() != null) {
                sb.append("  via ").append(a.record());
            }
            sb.append('\n');
        }
        long sites = impact.affected().stream().map(Affected::siteIndex).distinct().count();
        sb.append(sites == 0 ? "no other site is affected"
                : sites + (sites == 1 ? " site affected" : " sites affected")).append('\n');
        return sb.toString();
    }
}
