package org.sitebinder.ui.viewmodel.ssl;

/**
 * What the admin answered in the shared-endpoint dialog.
 *
 * @param kind            which button
 * @param removeRecordToo for deletes: whether "Also remove the SSL record" was ticked
 */
public record Choice(Kind kind, boolean removeRecordToo) {

    /** The dialog's buttons. */
    public enum Kind {
        /** Change the record's certificate for every site it serves. */
        CHANGE_FOR_ALL,
        /** Turn on SNI for the edited binding and give it its own {@code host:port} record. */
        USE_SNI,
        /** Go ahead with the delete (site, binding or record). */
        DELETE,
        /** Change nothing. */
        CANCEL
    }

    public static final Choice CHANGE_FOR_ALL = new Choice(Kind.CHANGE_FOR_ALL, false);
    public static final Choice USE_SNI = new Choice(Kind.USE_SNI, false);
    public static final Choice CANCEL = new Choice(Kind.CANCEL, false);

    public static Choice delete(boolean removeRecordToo) {
        return new Choice(Kind.DELETE, removeRecordToo);
    }
}
