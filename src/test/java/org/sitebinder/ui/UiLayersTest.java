package org.sitebinder.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows of ARCHITECTURE.md for editing and the two UI layers. */
class UiLayersTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitebinder");

    @Test
    void editingSeesOnlyTheDomainAndTheEngine() {
        classes().that().resideInAPackage("org.sitebinder.editing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitebinder.editing..", "org.sitebinder.domain..",
                        "org.sitebinder.engine..", "java..")
                .check(classes);
    }

    @Test
    void viewModelsUsePropertiesAndCollectionsButNoSceneGraph() {
        classes().that().resideInAPackage("org.sitebinder.ui.viewmodel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitebinder.ui.viewmodel..", "org.sitebinder.domain..",
                        "org.sitebinder.engine..", "org.sitebinder.editing..", "org.sitebinder.persistence..", "java..",
                        "javafx.beans..", "javafx.collections..", "javafx.concurrent..")
                .check(classes);
    }

    @Test
    void viewsSeeViewModelsAndTheToolkitOnly() {
        classes().that().resideInAPackage("org.sitebinder.ui.view")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitebinder.ui.view..", "org.sitebinder.ui.viewmodel..",
                        "javafx..", "org.controlsfx..", "java..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiKnowsIt() {
        noClasses().that().resideInAnyPackage("org.sitebinder.domain..", "org.sitebinder.engine..", "org.sitebinder.editing..",
                        "org.sitebinder.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitebinder.ui..", "javafx..")
                .check(classes);
    }
}
