package org.sitebinder.ui.viewmodel;

import javafx.beans.property.Property;

/**
 * One editable property of the Site page, described so that a property sheet can show it without
 * knowing domain types.
 *
 * @param name        the label
 * @param category    the group
 * @param description the tooltip
 * @param type        the value's type (String, Boolean, an enum)
 * @param property    the value
 */
public record PropertyField(String name, String category, String description, Class<?> type, Property<?> property) {
}
