package org.sitebinder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The arrows of ARCHITECTURE.md, as rules over a package root (the real one, or a test fixture's). */
final class LayerRules {
    private LayerRules() {
    }

    static ArchRule domainImportsOnlyTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("domain imports nothing but the JDK (no JavaFX, no Jackson)");
    }

    static ArchRule engineImportsOnlyDomain(String root) {
        return classes().that().resideInAPackage(root + ".engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..", root + ".engine..")
                .as("engine imports only the domain and the JDK");
    }

    static ArchRule editingImportsOnlyDomainAndEngine(String root) {
        return classes().that().resideInAPackage(root + ".editing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..", root + ".engine..",
                        root + ".editing..")
                .as("editing imports only domain and engine");
    }

    static ArchRule persistenceKnowsNoUiNorEngine(String root) {
        return noClasses().that().resideInAPackage(root + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", root + ".ui..",
                        root + ".engine..", root + ".editing..", root + ".cli..", root + ".app..")
                .as("persistence reads and writes files only: no JavaFX, no engine, no UI");
    }

    static ArchRule viewModelsUseNoScene(String root) {
        return noClasses().that().resideInAPackage(root + ".ui.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                        "org.controlsfx..", root + ".ui.view..")
                .as("view models use javafx.beans/collections/concurrent only, so they are tested without a toolkit");
    }

    static ArchRule viewsNeverReachPersistence(String root) {
        return noClasses().that().resideInAPackage(root + ".ui.view..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".persistence..", root + ".engine..",
                        root + ".editing..")
                .as("views bind to view models only; they never reach persistence, the engine or the history");
    }

    static ArchRule cliNeverLoadsJavaFx(String root) {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", root + ".ui..",
                        root + ".editing..")
                .as("the CLI never loads JavaFX");
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("layers (top-level packages) are free of cycles");
    }
}
