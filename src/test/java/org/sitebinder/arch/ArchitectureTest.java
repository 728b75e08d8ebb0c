package org.sitebinder.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final String ROOT = "org.sitebinder";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void domainImportsOnlyTheJdk() {
        LayerRules.domainImportsOnlyTheJdk(ROOT).check(main);
    }

    @Test
    void engineImportsOnlyTheDomain() {
        LayerRules.engineImportsOnlyDomain(ROOT).check(main);
    }

    @Test
    void editingImportsOnlyDomainAndEngine() {
        LayerRules.editingImportsOnlyDomainAndEngine(ROOT).allowEmptyShould(true).check(main);
    }

    @Test
    void persistenceKnowsNoUiNorEngine() {
        LayerRules.persistenceKnowsNoUiNorEngine(ROOT).check(main);
    }

    @Test
    void viewModelsUseNoScene() {
        LayerRules.viewModelsUseNoScene(ROOT).allowEmptyShould(true).check(main);
    }

    @Test
    void viewsNeverReachPersistence() {
        LayerRules.viewsNeverReachPersistence(ROOT).allowEmptyShould(true).check(main);
    }

    @Test
    void cliNeverLoadsJavaFx() {
        LayerRules.cliNeverLoadsJavaFx(ROOT).check(main);
    }

    @Test
    void packagesAreFreeOfCycles() {
        LayerRules.noCycles(ROOT).check(main);
    }

    /** The domain rule is not vacuous: a domain class that imports JavaFX breaks it. */
    @Test
    void aJavaFxImportInTheDomainIsCaught() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.sitebinder.archfixture");
        EvaluationResult result = LayerRules.domainImportsOnlyTheJdk("org.sitebinder.archfixture").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("javafx.beans.property"));
    }
}
