package org.sitebinder.engine;

import org.sitebinder.domain.SslRecordKey;

/**
 * Which site answers a request, and with which certificate (RULES.md section 5).
 *
 * @param site       the answering site's name, or {@code null} when no site answers
 * @param siteIndex  its position, or -1
 * @param binding    {@code protocol bindingInformation} of the winning binding, or {@code null}
 * @param bindingRef its position, or {@code null}
 * @param record     the SSL record that would serve the handshake, or {@code null} (none, http, or records unknown)
 * @param thumbprint that record's certificate hash, or {@code null}
 * @param reason     why, in plain words
 */
public record Resolution(String site, int siteIndex, String binding, BindingRef bindingRef, SslRecordKey record,
                         String thumbprint, String reason) {
}
