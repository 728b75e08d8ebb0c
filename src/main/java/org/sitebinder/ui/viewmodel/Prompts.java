package org.sitebinder.ui.viewmodel;

import java.nio.file.Path;
import java.util.Optional;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/**
 * The questions a view model asks the admin. The view answers them with dialogs and file choosers;
 * tests answer them directly, so the decisions are tested without a toolkit.
 */
public interface Prompts {

    /** The three answers to "save changes before closing?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    SaveChoice askSaveChanges(String documentName);

    /** A yes/no question; {@code true} means go ahead. */
    boolean confirm(String title, String header, String message);

    Optional<Path> chooseDocumentToOpen();

    /** The optional netsh listing to open with a document; empty means none. */
    Optional<Path> chooseNetshListing();

    Optional<Path> chooseJsonToSave(String suggestedName);

    /** A one-line text entry; empty when cancelled. */
    Optional<String> askText(String title, String label, String initial);

    void showError(String title, String message);

    /** A certificate file to import (.cer, .crt, .pem, .der, .pfx, .p12); empty when cancelled. */
    Optional<Path> chooseCertificateFile();

    /** A password, typed masked; empty when cancelled. The caller clears the array after use. */
    Optional<char[]> askPassword(String title, String message);

    /**
     * The shared-endpoint confirmation (KB 2405568): lists every site on the SSL record and offers the
     * choices of {@code vm}; {@link Choice#CANCEL} when the admin closes it.
     */
    Choice confirmSharedEndpoint(SharedEndpointViewModel vm);
}
