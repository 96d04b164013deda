package cn.songjiang.budget.payments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers point down: only the REST layer knows the API's records (it maps requests to commands and results to
 * responses), and the API's records know nothing of the services or repositories above the domain.
 */
class LayersTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.songjiang.budget.payments");

    @Test
    void onlyTheRestLayerUsesTheApiRecords() {
        noClasses().that().resideInAnyPackage("..payments.service..", "..payments.repository..",
                        "..payments.domain..", "..payments.client..", "..payments.config..")
                .should().dependOnClassesThat().resideInAnyPackage("..payments.rest..")
                .check(MAIN);
    }

    @Test
    void apiRecordsDependOnNoServiceNorRepository() {
        noClasses().that().resideInAPackage("..payments.rest.dto..")
                .should().dependOnClassesThat().resideInAnyPackage("..payments.service..", "..payments.repository..")
                .check(MAIN);
    }
}
