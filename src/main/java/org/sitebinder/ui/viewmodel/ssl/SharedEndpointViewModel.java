package org.sitebinder.ui.viewmodel.ssl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.editing.ssl.SslEdit;
import org.sitebinder.editing.ssl.SslOperations;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.Impact;
import org.sitebinder.engine.ImpactAnalyzer;

/**
 * The shared-endpoint confirmation (RULES.md section 4, KB 2405568): before an operation touches an
 * SSL record, every site that record serves, in plain words, with the choices that make sense for
 * the operation. Built from the engine's {@link Impact}; {@link #apply} turns the answer into the edit.
 */
public final class SharedEndpointViewModel {

    /** What the admin asked for. */
    public enum Operation { REMAP, DELETE_SITE, REMOVE_BINDING, REMOVE_RECORD }

    private final ServerDocument document;
    private final Operation operation;
    private final SslRecordKey recordKey;
    private final String newThumbprint;
    private final BindingRef binding;
    private final int siteIndex;
    private final Impact impact;
    private final ObservableList<SharedEndpointRow> rows;
    private final Map<SslRecordKey, Integer> otherSitesByRecord;
    private final boolean sniOffered;
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final BooleanProperty removeRecordToo = new SimpleBooleanProperty(this, "removeRecordToo", false);
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final SharedEndpointWords words;

    private SharedEndpointViewModel(ServerDocument document, Impact impact, Operation operation, SslRecordKey recordKey,
                                    String newThumbprint, BindingRef binding, int siteIndex) {
        this.document = document;
        this.impact = impact;
        this.operation = operation;
        this.recordKey = recordKey;
        this.newThumbprint = newThumbprint;
        this.binding = binding;
        this.siteIndex = siteIndex;
        CertificateNames names = new CertificateNames(document);
        List<SharedEndpointRow> list = new ArrayList<>();
        otherSitesByRecord = new LinkedHashMap<>();
        Map<SslRecordKey, Set<Integer>> sites = new LinkedHashMap<>();
        for (Affected a : impact.affected()) {
            String record = a.record() == null ? "" : a.record().toString();
            list.add(new SharedEndpointRow(a.site(), a.binding(), record, names.ofRecord(a.record())));
            if (a.record() != null) {
                sites.computeIfAbsent(a.record(), k -> new LinkedHashSet<>()).add(a.siteIndex());
            }
        }
        sites.forEach((key, indexes) -> otherSitesByRecord.put(key, indexes.size()));
        rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(list));
        sniOffered = operation == Operation.REMAP && SniOffer.offered(document, recordKey, binding);
        words = new SharedEndpointWords(this);
        String newName = newThumbprint == null ? "" : names.ofThumbprint(newThumbprint);
        removeRecordToo.addListener((o, was, now) -> refresh(newName));
        refresh(newName);
    }

    /** Remapping {@code key} to {@code newThumbprint}; {@code editedBinding} is the binding being edited, or {@code null}. */
    public static SharedEndpointViewModel remap(ServerDocument doc, Impact impact, SslRecordKey key, String newThumbprint,
                                                BindingRef editedBinding) {
        return new SharedEndpointViewModel(doc, impact, Operation.REMAP, key, newThumbprint, editedBinding, -1);
    }

    public static SharedEndpointViewModel remap(ServerDocument doc, SslRecordKey key, String newThumbprint, BindingRef editedBinding) {
        return remap(doc, new ImpactAnalyzer().remapRecord(doc, key), key, newThumbprint, editedBinding);
    }

    public static SharedEndpointViewModel deleteSite(ServerDocument doc, Impact impact, int siteIndex) {
        return new SharedEndpointViewModel(doc, impact, Operation.DELETE_SITE, null, null, null, siteIndex);
    }

    public static SharedEndpointViewModel deleteSite(ServerDocument doc, int siteIndex) {
        return deleteSite(doc, new ImpactAnalyzer().deleteSite(doc, siteIndex), siteIndex);
    }

    public static SharedEndpointViewModel removeBinding(ServerDocument doc, Impact impact, BindingRef ref) {
        return new SharedEndpointViewModel(doc, impact, Operation.REMOVE_BINDING, null, null, ref, ref.site());
    }

    public static SharedEndpointViewModel removeBinding(ServerDocument doc, BindingRef ref) {
        return removeBinding(doc, new ImpactAnalyzer().removeBinding(doc, ref), ref);
    }

    public static SharedEndpointViewModel removeRecord(ServerDocument doc, Impact impact, SslRecordKey key) {
        return new SharedEndpointViewModel(doc, impact, Operation.REMOVE_RECORD, key, null, null, -1);
    }

    public static SharedEndpointViewModel removeRecord(ServerDocument doc, SslRecordKey key) {
        return removeRecord(doc, new ImpactAnalyzer().removeRecord(doc, key), key);
    }

    private void refresh(String newName) {
        for (SharedEndpointRow row : rows) {
            row.setNewCertificate(switch (operation) {
                case REMAP -> newName;
                case REMOVE_RECORD -> SharedEndpointWords.RECORD_REMOVED;
                default -> removeRecordToo.get() && !row.record().isEmpty() ? SharedEndpointWords.RECORD_REMOVED : SharedEndpointWords.UNCHANGED;
            });
        }
        explanation.set(words.explanation());
    }

    public Operation operation() {
        return operation;
    }

    public ObservableList<SharedEndpointRow> rows() {
        return rows;
    }

    /** How many different sites the table lists. */
    public int siteCount() {
        return (int) impact.affected().stream().mapToInt(Affected::siteIndex).distinct().count();
    }

    /**
     * Whether the dialog has anything to ask: a remap that reaches a site other than the edited one,
     * or a delete that touches a record other sites use. When false, the caller goes ahead.
     */
    public boolean confirmationNeeded() {
        if (operation != Operation.REMAP) {
            return !rows.isEmpty();
        }
        if (binding == null) {
            return siteCount() > 1;
        }
        return impact.affected().stream().anyMatch(a -> a.siteIndex() != binding.site());
    }

    public String headline() {
        return words.headline();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public String explanation() {
        return explanation.get();
    }

    /** IIS Manager's own question, with the sites named; empty when the operation is not a remap. */
    public String question() {
        return words.question();
    }

    /** What choosing SNI does, in plain words; empty when SNI is not offered. */
    public String sniExplanation() {
        return sniOffered ? words.sniExplanation() : "";
    }

    public boolean changeForAllOffered() {
        return operation == Operation.REMAP;
    }

    public String changeForAllText() {
        return "Change for all " + SharedEndpointWords.sites(siteCount());
    }

    /** Whether the edited binding can get its own {@code host:port} record: it has a host name and can use SNI. */
    public boolean sniOffered() {
        return sniOffered;
    }

    public String sniText() {
        return "Use SNI for this binding";
    }

    public boolean deleteOffered() {
        return operation != Operation.REMAP;
    }

    public String deleteText() {
        return words.deleteText();
    }

    /** Whether the "Also remove the SSL record" box is shown: a delete that leaves records other sites use. */
    public boolean removeRecordTooOffered() {
        return (operation == Operation.DELETE_SITE || operation == Operation.REMOVE_BINDING) && !otherSitesByRecord.isEmpty();
    }

    public BooleanProperty removeRecordTooProperty() {
        return removeRecordToo;
    }

    public ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The answer, or {@link Choice#CANCEL} while none was given (closing the window is cancelling). */
    public Choice choice() {
        return choice.get() == null ? Choice.CANCEL : choice.get();
    }

    public void chooseChangeForAll() {
        requireOffered(changeForAllOffered(), "change for all");
        choice.set(Choice.CHANGE_FOR_ALL);
    }

    public void chooseSni() {
        requireOffered(sniOffered, "SNI");
        choice.set(Choice.USE_SNI);
    }

    public void chooseDelete() {
        requireOffered(deleteOffered(), "delete");
        choice.set(Choice.delete(removeRecordTooOffered() && removeRecordToo.get()));
    }

    public void cancel() {
        choice.set(Choice.CANCEL);
    }

    /** The edit the answer asks for, or empty when the admin cancelled. */
    public Optional<SslEdit> apply(SslOperations ops) {
        Choice c = choice();
        return switch (c.kind()) {
            case CANCEL -> Optional.empty();
            case CHANGE_FOR_ALL -> Optional.of(ops.remapRecord(document, recordKey, newThumbprint));
            case USE_SNI -> Optional.of(ops.giveOwnSniRecord(document, binding, newThumbprint));
            case DELETE -> Optional.of(switch (operation) {
                case DELETE_SITE -> ops.deleteSite(document, siteIndex, c.removeRecordToo());
                case REMOVE_BINDING -> ops.removeBinding(document, binding, c.removeRecordToo());
                default -> ops.removeRecord(document, recordKey);
            });
        };
    }

    private static void requireOffered(boolean offered, String what) {
        if (!offered) {
            throw new IllegalStateException(what + " is not offered for this operation");
        }
    }

    ServerDocument document() {
        return document;
    }

    SslRecordKey recordKey() {
        return recordKey;
    }

    BindingRef binding() {
        return binding;
    }

    int siteIndex() {
        return siteIndex;
    }

    Impact impact() {
        return impact;
    }

    Map<SslRecordKey, Integer> otherSitesByRecord() {
        return otherSitesByRecord;
    }

    boolean removeRecordTooChosen() {
        return removeRecordToo.get();
    }

    Binding editedBinding() {
        return binding == null ? null : document.sites().get(binding.site()).bindings().get(binding.binding());
    }
}
