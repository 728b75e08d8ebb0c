/**
 * Operations on sites and http.sys SSL records that other sites may share (KB 2405568): remap a
 * record, give one binding its own SNI record, delete a site or a binding, remove a record. Pure
 * functions of a document; each result carries the label for the undo history.
 */
package org.sitebinder.editing.ssl;
