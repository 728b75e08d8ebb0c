/**
 * The only way a document changes: {@link org.sitebinder.editing.Command}s built by
 * {@link org.sitebinder.editing.Edits}, kept by {@link org.sitebinder.editing.History} for undo and redo.
 * Imports the domain and the engine only.
 */
package org.sitebinder.editing;
