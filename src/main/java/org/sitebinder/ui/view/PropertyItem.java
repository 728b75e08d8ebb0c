package org.sitebinder.ui.view;

import java.util.Optional;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.sitebinder.ui.viewmodel.PropertyField;

/** A view-model property as a PropertySheet item; the sheet writes to the property, the view model turns that into a command. */
final class PropertyItem implements PropertySheet.Item {
    private final PropertyField field;

    PropertyItem(PropertyField field) {
        this.field = field;
    }

    @Override
    public Class<?> getType() {
        return field.type();
    }

    @Override
    public String getCategory() {
        return field.category();
    }

    @Override
    public String getName() {
        return field.name();
    }

    @Override
    public String getDescription() {
        return field.description();
    }

    @Override
    public Object getValue() {
        return field.property().getValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setValue(Object value) {
        ((Property<Object>) field.property()).setValue(value);
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.of(field.property());
    }
}
