package org.sitebinder.engine;

import org.sitebinder.domain.SslRecordKey;

/**
 * One site and binding touched by an operation on an SSL record (RULES.md section 4).
 *
 * @param site       site name
 * @param siteIndex  its position in the document
 * @param binding    {@code protocol bindingInformation}
 * @param bindingRef its position
 * @param record     the touched record that serves the binding, or {@code null} when records are unknown
 */
public record Affected(String site, int siteIndex, String binding, BindingRef bindingRef, SslRecordKey record) {
}
