package org.sitebinder.ui.viewmodel;

import java.util.EnumSet;
import java.util.Set;
import org.sitebinder.engine.Code;

/** The columns of the Bindings table, and which of them a finding's code puts at fault. */
public enum BindingColumn {
    TYPE, HOST, PORT, IP, CERTIFICATE, SNI_CCS, STATUS;

    /** The cells a finding of this code marks; the whole row for a duplicate. */
    public static Set<BindingColumn> atFault(Code code) {
        return switch (code) {
            case INVALID_PORT, PORT_IN_USE, PROTOCOL_CONFLICT -> EnumSet.of(PORT);
            case INVALID_ADDRESS -> EnumSet.of(IP);
            case INVALID_HOST, SNI_WITHOUT_HOST, CCS_WITHOUT_HOST -> EnumSet.of(HOST);
            case MISSING_SSL_CERT, CERT_NAME_MISMATCH, CERT_EXPIRED, SHARED_SSL_ENDPOINT, SNI_RECORD_MISSING ->
                    EnumSet.of(CERTIFICATE);
            case NO_DEFAULT_SSL -> EnumSet.of(SNI_CCS);
            case OVERLAPPING_BINDING -> EnumSet.of(IP);
            case DUPLICATE_BINDING -> EnumSet.allOf(BindingColumn.class);
            case DUPLICATE_SITE, ORPHAN_SSL_CERT -> EnumSet.noneOf(BindingColumn.class);
        };
    }
}
