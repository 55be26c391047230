package dev.wuye.complaint.sla;

import dev.wuye.complaint.spi.CaseSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * No silent gaps: a case whose clocks cannot be evaluated gets an {@link SlaLevel#UNEVALUABLE} alert,
 * fired once per case and reason, and the scan goes on with the others.
 */
class SlaUnevaluableCaseTest {

    /** Monday 10 March 2025, 10:00 in Shanghai. */
    private final DeskCases cases = new DeskCases(LocalDateTime.of(2025, 3, 10, 10, 0));

    /** Writes a snapshot through the SPI, as a corrupt row would appear: no command wrote it. */
    private void plant(CaseSnapshot s) {
        cases.storage.cases().save(s, 0, List.of());
    }

    private CaseSnapshot corrupt(CaseSnapshot from, String id) {
        // No command wrote it, so no next due instant was derived for it: the scan evaluates it every time.
        return from.toBuilder().id(id).idempotencyKey("planted-" + id).version(1).nextDueAt(null).build();
    }

    @Test
    @DisplayName("R-4.7.1 corrupt cases get exactly one UNEVALUABLE alert each across two scans; every other case's alerts still fire")
    void corrupt_rows_are_alerted_once_and_do_not_stop_the_scan() {
        String overdue = cases.validComplaint();                           // accepted Mon 10 March: due Thu 13
        cases.clock.set(LocalDateTime.of(2025, 3, 13, 10, 0));
        String dueSoon = cases.validComplaint();                           // accepted Thu 13 March: due Tue 18
        CaseSnapshot valid = cases.stored(dueSoon);
        // An acceptance date in 1900: no holiday data and no provisional rule (before 2008).
        plant(corrupt(valid, "BAD-1900").toBuilder().acceptanceDate(LocalDate.of(1900, 1, 2)).build());
        // A state code no version of the library writes.
        plant(corrupt(valid, "BAD-STATE").toBuilder().state("LOST_IN_MIGRATION").build());

        List<SlaAlert> fired = new ArrayList<>();
        cases.desk.subscribe(fired::add);
        // Monday 17 March: the first case is overdue since Thu 13; the second is due Tue 18 (1 working day left).
        cases.clock.set(LocalDateTime.of(2025, 3, 17, 10, 0));
        SlaScan first = cases.desk.scanSla(cases.clock.instant());
        SlaScan second = cases.desk.scanSla(cases.clock.instant());

        for (SlaScan scan : List.of(first, second)) {
            assertThat(scan.casesScanned()).isEqualTo(4);
            assertThat(scan.alerts()).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level, SlaAlert::deadline)
                    .contains(tuple(overdue, SlaClock.TIME_LIMIT, SlaLevel.OVERDUE, LocalDate.of(2025, 3, 13)),
                            tuple(dueSoon, SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON, LocalDate.of(2025, 3, 18)));
            assertThat(scan.unevaluableCases()).isEqualTo(2);
            assertThat(scan.unevaluable()).extracting(SlaAlert::caseId, a -> a.reason().code())
                    .containsExactlyInAnyOrder(tuple("BAD-1900", "UnknownYearException:1900"),
                            tuple("BAD-STATE", "InvalidSnapshotException:state"));
            assertThat(scan.problems()).hasSize(2);
        }
        assertThat(fired).filteredOn(a -> a.level() == SlaLevel.UNEVALUABLE)
                .extracting(SlaAlert::caseId, SlaAlert::department, SlaAlert::deadline)
                .containsExactlyInAnyOrder(tuple("BAD-1900", "C01", null), tuple("BAD-STATE", "C01", null));
        assertThat(fired).filteredOn(a -> a.level() == SlaLevel.UNEVALUABLE)
                .allSatisfy(a -> assertThat(a.reason().message()).isNotBlank());
        assertThat(fired).filteredOn(a -> a.caseId().equals("BAD-1900")).singleElement()
                .satisfies(a -> assertThat(a.reason().message()).contains("1900"));
        assertThat(fired).filteredOn(a -> a.caseId().equals("BAD-STATE")).singleElement()
                .satisfies(a -> assertThat(a.reason().message()).contains("LOST_IN_MIGRATION"));
        assertThat(fired).as("the valid cases' alerts fired once each")
                .filteredOn(a -> a.level() != SlaLevel.UNEVALUABLE)
                .extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level)
                .containsExactlyInAnyOrder(tuple(overdue, SlaClock.TIME_LIMIT, SlaLevel.OVERDUE),
                        // R-4.4.1b: week 10–16 March, past the time limit, had no customer update
                        tuple(overdue, SlaClock.CUSTOMER_UPDATES, SlaLevel.OVERDUE),
                        tuple(dueSoon, SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON));
    }

    @Test
    @DisplayName("R-4.7.1 an unevaluable alert is keyed by case and reason code: a new reason fires again, the same one does not")
    void keyed_by_case_and_reason() {
        CaseSnapshot valid = cases.stored(cases.validComplaint());
        plant(corrupt(valid, "BAD").toBuilder().acceptanceDate(LocalDate.of(1900, 1, 2)).build());
        List<SlaAlert> fired = new ArrayList<>();
        cases.desk.subscribe(fired::add);
        cases.desk.scanSla(cases.clock.instant());
        cases.desk.scanSla(cases.clock.instant());
        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(SlaLevel.UNEVALUABLE);
            assertThat(a.key().asText()).isEqualTo("BAD|C01|TIME_LIMIT|UNEVALUABLE|UnknownYearException:1900");
        });

        // Someone "repairs" the row into another bad shape: a new reason, a new alert.
        CaseSnapshot stored = cases.stored("BAD");
        cases.storage.cases().save(stored.toBuilder().version(stored.version() + 1).nextDueAt(null)
                .acceptingLevel("REGION").acceptanceDate(valid.acceptanceDate()).build(), stored.version(), List.of());
        cases.desk.scanSla(cases.clock.instant());
        assertThat(fired).extracting(a -> a.reason().code())
                .containsExactly("UnknownYearException:1900", "IllegalArgumentException");
    }

    @Test
    @DisplayName("R-4.7.1 a case received at -999999999-01-01 (PostgreSQL's -infinity) is alerted once as UNEVALUABLE; the sweep goes on")
    void a_reception_at_minus_infinity_does_not_stop_the_sweep() {
        String overdue = cases.validComplaint();                           // accepted Mon 10 March: due Thu 13
        CaseSnapshot valid = cases.stored(overdue);
        Instant minusInfinity = Instant.parse("-999999999-01-01T00:00:00Z");
        plant(corrupt(valid, "BAD-INFINITY").toBuilder().receivedAt(minusInfinity)
                .acceptanceDate(LocalDate.of(-999_999_999, 1, 1)).build());
        List<SlaAlert> fired = new ArrayList<>();
        cases.desk.subscribe(fired::add);
        cases.clock.set(LocalDateTime.of(2025, 3, 17, 10, 0));
        SlaSweep first = cases.desk.slaMonitor().sweep(cases.clock.instant());
        SlaSweep second = cases.desk.slaMonitor().sweep(cases.clock.instant());
        assertThat(first.casesEvaluated()).isEqualTo(2);
        assertThat(first.unevaluable()).isEqualTo(1);
        assertThat(second.unevaluable()).isEqualTo(1);
        assertThat(fired).filteredOn(a -> a.level() == SlaLevel.UNEVALUABLE).singleElement()
                .satisfies(a -> assertThat(a.caseId()).isEqualTo("BAD-INFINITY"));
        assertThat(fired).as("the valid case's time limit (due Thu 13 March) still fires")
                .extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level)
                .contains(tuple(overdue, SlaClock.TIME_LIMIT, SlaLevel.OVERDUE));
    }
}
