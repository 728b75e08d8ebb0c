package org.sitebinder.archfixture.domain;

import javafx.beans.property.SimpleStringProperty;

/** A domain class that breaks the rule on purpose: ArchitectureTest proves the rule catches it. */
public final class SiteWithProperty {
    private final SimpleStringProperty name = new SimpleStringProperty("Shop");

    public String name() {
        return name.get();
    }
}
