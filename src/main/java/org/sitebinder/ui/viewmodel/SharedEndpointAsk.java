package org.sitebinder.ui.viewmodel;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.editing.Command;
import org.sitebinder.editing.DocumentChange;
import org.sitebinder.editing.ssl.SslEdit;
import org.sitebinder.editing.ssl.SslOperations;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;

/**
 * The one path every SSL-touching command takes: the shared-endpoint dialog when other sites are
 * involved, a plain question (or none) otherwise, and the answer as the edit to push.
 */
final class SharedEndpointAsk {
    private final Prompts prompts;
    private final SslOperations ops = new SslOperations();

    SharedEndpointAsk(Prompts prompts) {
        this.prompts = prompts;
    }

    /**
     * @param alone asked instead of the dialog when no other site is involved; {@code true} goes ahead
     * @return the edit the answer asks for, or empty when the admin cancelled
     */
    Optional<SslEdit> ask(SharedEndpointViewModel vm, BooleanSupplier alone) {
        if (vm.confirmationNeeded()) {
            answer(vm, prompts.confirmSharedEndpoint(vm));
        } else if (alone.getAsBoolean()) {
            answer(vm, vm.deleteOffered() ? Choice.delete(false) : Choice.CHANGE_FOR_ALL);
        } else {
            vm.cancel();
        }
        return vm.apply(ops);
    }

    SslOperations operations() {
        return ops;
    }

    /** The dialog records its answer on the view model itself; a scripted answer is recorded the same way here. */
    private static void answer(SharedEndpointViewModel vm, Choice choice) {
        switch (choice.kind()) {
            case CHANGE_FOR_ALL -> vm.chooseChangeForAll();
            case USE_SNI -> vm.chooseSni();
            case DELETE -> {
                if (vm.removeRecordTooOffered()) {
                    vm.removeRecordTooProperty().set(choice.removeRecordToo());
                }
                vm.chooseDelete();
            }
            case CANCEL -> vm.cancel();
        }
    }

    /** An SSL edit as one undo step. */
    static Command change(ServerDocument before, SslEdit edit) {
        return new DocumentChange(edit.label(), before, edit.document(), null);
    }
}
