package dev.wuye.complaint.lifecycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spring Statemachine and reactor stay inside {@code lifecycle.internal}. */
@DisplayName("lifecycle architecture")
class LifecycleArchitectureTest {

    private static final JavaClasses LIFECYCLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.wuye.complaint.lifecycle");

    @Test
    @DisplayName("the lifecycle port does not touch Spring or reactor; only lifecycle.internal does")
    void spring_and_reactor_only_in_lifecycle_internal() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.wuye.complaint.lifecycle")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
                .because("the state chart's Spring Statemachine definition is an implementation detail of "
                        + "lifecycle.internal (ARCHITECTURE.md)");
        rule.check(LIFECYCLE);
    }
}
