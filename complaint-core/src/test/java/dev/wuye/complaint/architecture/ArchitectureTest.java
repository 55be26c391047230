package dev.wuye.complaint.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Masking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The architecture rules of ARCHITECTURE.md as tests, over the production classes of the SPI and the core. */
class ArchitectureTest {

    private static JavaClasses production;

    /**
     * The SPI depends on the JDK only. Valid: {@code record AuditEntry(String caseId, Instant at …)};
     * invalid: an SPI record with a {@code LifecycleState} component.
     */
    static final ArchRule spi_depends_on_nothing_of_ours = classes()
            .that().resideInAPackage("dev.wuye.complaint.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.wuye.complaint.spi..")
            .as("the SPI depends on nothing but the JDK");

    /** Spring Statemachine and reactor are an implementation detail of {@code lifecycle.internal}. */
    static final ArchRule spring_and_reactor_only_in_lifecycle_internal = noClasses()
            .that().resideOutsideOfPackage("dev.wuye.complaint.lifecycle.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
            .as("Spring and reactor are used only in lifecycle.internal");

    /**
     * Time comes from a {@link Clock} passed in. Valid: {@code Instant.now(clock)}, {@code clock.instant()};
     * invalid: {@code Instant.now()}, {@code System.currentTimeMillis()}.
     */
    static final ArchRule no_clockless_now = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(YearMonth.class, "now")
            .orShould().callMethod(Year.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .as("no now() without a Clock");

    /** One package per concept, and no cycles between them. */
    static final ArchRule no_package_cycles = slices().matching("dev.wuye.complaint.(*)..")
            .should().beFreeOfCycles()
            .as("no cycles between the packages of dev.wuye.complaint");

    /**
     * No cycles between any two packages, sub-packages included: {@code (**)} makes every package its
     * own slice, so {@code lifecycle} and {@code lifecycle.internal} may not import each other (the
     * pattern {@code (*)..} above puts both into one slice and cannot see that).
     */
    static final ArchRule no_sub_package_cycles = slices().matching("dev.wuye.complaint.(**)")
            .should().beFreeOfCycles()
            .as("no cycles between any packages of dev.wuye.complaint, sub-packages included");

    /** The lifecycle's vocabulary depends on no implementation: only {@code lifecycle.chart} reads the internals. */
    static final ArchRule only_the_chart_reads_lifecycle_internal = noClasses()
            .that().resideOutsideOfPackages("dev.wuye.complaint.lifecycle.internal..", "dev.wuye.complaint.lifecycle.chart..")
            .should().dependOnClassesThat().resideInAPackage("dev.wuye.complaint.lifecycle.internal..")
            .as("only lifecycle.chart reads lifecycle.internal");

    /**
     * One validity vocabulary: {@code classification} uses the aggregate's {@code Validity} and
     * {@code ValidityGround}, so the aggregate never depends on {@code classification}.
     */
    static final ArchRule aggregate_does_not_depend_on_classification = noClasses()
            .that().resideInAPackage("dev.wuye.complaint.cases..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.wuye.complaint.classification..", "dev.wuye.complaint.desk..")
            .as("the aggregate depends neither on classification nor on the desk");

    /** The SPI is plain data and contracts: interfaces, records, enums and exceptions (+ the snapshot builder and masking). */
    static final ArchRule spi_holds_only_contracts_and_data = classes()
            .that().resideInAPackage("dev.wuye.complaint.spi..")
            .and().areNotAnonymousClasses()
            .and().doNotBelongToAnyOf(CaseSnapshot.Builder.class, Masking.class)
            .should(beAnInterfaceRecordEnumOrException())
            .as("the SPI holds only interfaces, records, enums and exceptions");

    private static ArchCondition<JavaClass> beAnInterfaceRecordEnumOrException() {
        return new ArchCondition<>("be an interface, record, enum or exception") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isInterface() || c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class);
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " is" : " is not")
                        + " an interface, record, enum or exception"));
            }
        };
    }

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("complaint-persistence-tck"))
                .importPackages("dev.wuye.complaint");
    }

    @Test
    @DisplayName("the classes under test include the SPI and every package of the core")
    void importsEverything() {
        assertThat(production.stream().map(JavaClass::getPackageName).distinct())
                .contains("dev.wuye.complaint.spi", "dev.wuye.complaint.cases", "dev.wuye.complaint.desk",
                        "dev.wuye.complaint.lifecycle.internal", "dev.wuye.complaint.authority");
    }

    @Test
    @DisplayName("the SPI depends on nothing of ours")
    void spiDependsOnNothingOfOurs() {
        spi_depends_on_nothing_of_ours.check(production);
    }

    @Test
    @DisplayName("Spring and reactor only in lifecycle.internal")
    void springOnlyInLifecycleInternal() {
        spring_and_reactor_only_in_lifecycle_internal.check(production);
    }

    @Test
    @DisplayName("no now() outside a Clock")
    void noClocklessNow() {
        no_clockless_now.check(production);
    }

    @Test
    @DisplayName("no package cycles")
    void noPackageCycles() {
        no_package_cycles.check(production);
    }

    @Test
    @DisplayName("no package cycles, sub-packages included (lifecycle and lifecycle.internal)")
    void noSubPackageCycles() {
        no_sub_package_cycles.check(production);
    }

    @Test
    @DisplayName("only lifecycle.chart reads lifecycle.internal")
    void onlyTheChartReadsLifecycleInternal() {
        only_the_chart_reads_lifecycle_internal.check(production);
    }

    @Test
    @DisplayName("R-4.2.2a one validity vocabulary: the aggregate does not depend on classification or the desk")
    void aggregateDoesNotDependOnClassification() {
        aggregate_does_not_depend_on_classification.check(production);
        assertThat(production.stream().map(JavaClass::getName))
                .as("the classification duplicates of Validity/ValidityGround are gone")
                .doesNotContain("dev.wuye.complaint.classification.Validity", "dev.wuye.complaint.classification.ValidityGround");
    }

    @Test
    @DisplayName("the SPI holds only interfaces, records, enums and exceptions (+ the snapshot builder and Masking)")
    void spiHoldsOnlyContracts() {
        spi_holds_only_contracts_and_data.check(production);
    }

    @Test
    @DisplayName("the rules catch deliberately bad classes")
    void rulesCatchBadClasses() {
        JavaClasses bad = new ClassFileImporter().importClasses(BadClasses.ReadsTheSystemClock.class,
                BadClasses.CountsMillis.class);
        assertThat(no_clockless_now.evaluate(bad).getFailureReport().getDetails()).hasSize(2);

        JavaClasses good = new ClassFileImporter().importClasses(BadClasses.UsesAClock.class);
        assertThat(no_clockless_now.evaluate(good).hasViolation()).isFalse();
    }

    /** Deliberately bad (and one good) examples for {@link #rulesCatchBadClasses()}. */
    static final class BadClasses {
        static final class ReadsTheSystemClock {
            Instant at() {
                return Instant.now();
            }
        }

        static final class CountsMillis {
            long at() {
                return System.currentTimeMillis();
            }
        }

        static final class UsesAClock {
            Instant at(Clock clock) {
                return Instant.now(clock);
            }
        }
    }
}
