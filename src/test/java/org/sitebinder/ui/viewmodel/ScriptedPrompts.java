package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/** Answers the view model's questions from a script and records what was asked. */
public final class ScriptedPrompts implements Prompts {
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public Path documentToOpen;
    public Path listing;
    public Path saveTarget;
    public String text;
    public Path certificateFile;
    /** The passwords typed, in order; cancel when none is left. */
    public final Deque<String> passwords = new ArrayDeque<>();
    /** The answers to the shared-endpoint dialog, in order; cancel when none is left. */
    public final Deque<Choice> sharedEndpointChoices = new ArrayDeque<>();
    /** The dialogs shown, so tests can read the sites they listed. */
    public final List<SharedEndpointViewModel> sharedEndpointDialogs = new ArrayList<>();

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        asked.add("save changes to " + documentName);
        return saveChoice;
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        asked.add(title + ": " + (header == null ? "" : header + " ") + message);
        return confirmations.isEmpty() || confirmations.pop();
    }

    @Override
    public Optional<Path> chooseDocumentToOpen() {
        asked.add("open");
        return Optional.ofNullable(documentToOpen);
    }

    @Override
    public Optional<Path> chooseNetshListing() {
        asked.add("listing");
        return Optional.ofNullable(listing);
    }

    @Override
    public Optional<Path> chooseJsonToSave(String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        asked.add(title + ": " + initial);
        return Optional.ofNullable(text);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Choice confirmSharedEndpoint(SharedEndpointViewModel vm) {
        sharedEndpointDialogs.add(vm);
        asked.add(vm.headline());
        return sharedEndpointChoices.isEmpty() ? Choice.CANCEL : sharedEndpointChoices.pop();
    }

    @Override
    public Optional<Path> chooseCertificateFile() {
        asked.add("certificate file");
        return Optional.ofNullable(certificateFile);
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        asked.add(title + ": " + message);
        return passwords.isEmpty() ? Optional.empty() : Optional.of(passwords.pop().toCharArray());
    }
}
