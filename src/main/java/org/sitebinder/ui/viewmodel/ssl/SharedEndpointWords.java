package org.sitebinder.ui.viewmodel.ssl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.ssl.SslOperations;
import org.sitebinder.engine.Affected;

/** The dialog's sentences, in an admin's words and close to IIS Manager's own. */
final class SharedEndpointWords {
    static final String UNCHANGED = "unchanged";
    static final String RECORD_REMOVED = "(none: record removed)";
    private static final String IIS_QUESTION = "At least one other site is using the same HTTPS binding and the binding"
            + " is configured with a different certificate. Are you sure that you want to reuse this HTTPS binding and"
            + " reassign ";

    private final SharedEndpointViewModel vm;
    private List<SslRecordKey> ownRecords;

    SharedEndpointWords(SharedEndpointViewModel vm) {
        this.vm = vm;
    }

    static String sites(int n) {
        return n + (n == 1 ? " site" : " sites");
    }

    private static String otherSites(int n) {
        return n + (n == 1 ? " other site" : " other sites");
    }

    String headline() {
        int n = vm.siteCount();
        String records = vm.otherSitesByRecord().size() > 1 ? "its SSL records" : "its SSL record";
        String shared = vm.otherSitesByRecord().isEmpty() && n > 0 ? "its IP:port" : records;
        return switch (vm.operation()) {
            case REMAP -> "Certificate for " + vm.recordKey() + (n >= 2 ? " is shared by " + sites(n)
                    : n == 1 ? " is used by 1 site" : " is used by no site");
            case DELETE_SITE -> "Site '" + siteName() + "'" + (n == 0 ? " shares no SSL record with other sites"
                    : " shares " + shared + " with " + otherSites(n));
            case REMOVE_BINDING -> "Binding " + vm.editedBinding().display() + " of '" + siteName() + "'"
                    + (n == 0 ? " shares no SSL record with other sites" : " shares " + shared + " with " + otherSites(n));
            case REMOVE_RECORD -> "SSL record " + vm.recordKey() + " is used by " + (n == 0 ? "no site" : sites(n));
        };
    }

    String explanation() {
        return switch (vm.operation()) {
            case REMAP -> "http.sys keeps one certificate per " + table(vm.recordKey())
                    + ": changing it here changes it for every site listed.";
            case REMOVE_RECORD -> "http.sys keeps one certificate per " + table(vm.recordKey()) + ": removing "
                    + vm.recordKey() + " takes the certificate away from every site listed. Their HTTPS connections fail"
                    + " unless another record serves them.";
            default -> deleteExplanation();
        };
    }

    private String deleteExplanation() {
        List<String> sentences = new ArrayList<>();
        Map<SslRecordKey, Integer> shared = vm.otherSitesByRecord();
        boolean remove = vm.removeRecordTooChosen();
        for (Map.Entry<SslRecordKey, Integer> e : shared.entrySet()) {
            sentences.add(remove
                    ? "The record " + e.getKey() + " will be removed as well: the " + otherSites(e.getValue())
                    + " listed lose this certificate."
                    : "The record " + e.getKey() + " is still used by " + otherSites(e.getValue()) + " and will be kept.");
        }
        if (!remove && !shared.isEmpty()) {
            sentences.add(shared.size() == 1 ? "Tick the box to remove it as well." : "Tick the box to remove them as well.");
        }
        if (shared.isEmpty() && !vm.rows().isEmpty()) {
            sentences.add("The SSL records are not loaded, so nothing is removed from the SSL table; the sites listed"
                    + " share this IP:port and its certificate.");
        }
        List<SslRecordKey> onlyMine = ownRecords();
        if (!onlyMine.isEmpty()) {
            sentences.add((onlyMine.size() == 1 ? "The record " + onlyMine.get(0) + ", used by nothing else, is"
                    : "The records " + join(onlyMine) + ", used by nothing else, are") + " removed with it.");
        }
        if (sentences.isEmpty()) {
            sentences.add("No other site uses its SSL records.");
        }
        return String.join(" ", sentences);
    }

    /** The records the delete removes whatever the box says: those no other binding uses. Asked once, not per tick. */
    private List<SslRecordKey> ownRecords() {
        if (ownRecords == null) {
            SslOperations ops = new SslOperations();
            ownRecords = vm.operation() == SharedEndpointViewModel.Operation.DELETE_SITE
                    ? ops.deleteSite(vm.document(), vm.siteIndex(), false).removedRecords()
                    : ops.removeBinding(vm.document(), vm.binding(), false).removedRecords();
        }
        return ownRecords;
    }

    String question() {
        if (vm.operation() != SharedEndpointViewModel.Operation.REMAP) {
            return "";
        }
        Set<String> others = new LinkedHashSet<>();
        for (Affected a : vm.impact().affected()) {
            if (vm.binding() == null || a.siteIndex() != vm.binding().site()) {
                others.add(a.site());
            }
        }
        if (vm.binding() == null) {
            return "Are you sure that you want to reassign " + (others.size() == 1 ? "this site" : "all " + sites(others.size()))
                    + " (" + String.join(", ", others) + ") to use the new certificate?";
        }
        return IIS_QUESTION + (others.size() == 1 ? "the other site" : "the other sites") + " ("
                + String.join(", ", others) + ") to use the new certificate?";
    }

    String sniExplanation() {
        Binding b = vm.editedBinding();
        SslRecordKey own = SslRecordKey.hostnamePort(b.address().host(), b.address().port());
        return "Or turn on Server Name Indication for " + b.display() + ": '" + siteName() + "' gets its own record "
                + own + " with the new certificate, and the other sites keep the current one.";
    }

    String deleteText() {
        return switch (vm.operation()) {
            case DELETE_SITE -> "Delete site";
            case REMOVE_BINDING -> "Remove binding";
            case REMOVE_RECORD -> vm.siteCount() == 0 ? "Remove record" : "Remove for all " + sites(vm.siteCount());
            case REMAP -> "";
        };
    }

    private String siteName() {
        int index = vm.binding() != null ? vm.binding().site() : vm.siteIndex();
        return vm.document().sites().get(index).name();
    }

    private static String table(SslRecordKey key) {
        return switch (key.kind()) {
            case IP_PORT -> "IP:port";
            case HOSTNAME_PORT -> "host name and port";
            case CCS -> "port of the Central Certificate Store";
        };
    }

    private static String join(List<SslRecordKey> keys) {
        List<String> texts = new ArrayList<>();
        keys.forEach(k -> texts.add(k.toString()));
        return String.join(", ", texts);
    }
}
