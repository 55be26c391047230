package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.testdata.Dataset2025;
import dev.wuye.complaint.testdata.Stores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad case never stops the monthly table: a snapshot no command could write is evaluated on
 * its own, left out of every figure and listed with its reason; every other case is counted as before.
 */
class MonthlyTableUnevaluableCaseTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private final MonthlyAnalysisCalculator calc = new MonthlyAnalysisCalculator(
            TimeLimits.chinaMainland(), StatisticsSettings.defaults());
    private final Map<String, Set<String>> rosters = Dataset2025.rosters();

    private static MonthlyReportService service(InMemoryStorage storage) {
        return new MonthlyReportService(storage, Clock.fixed(Cases.t("2025-05-03T10:00"), Cases.ZONE),
                new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(), StatisticsSettings.defaults()));
    }

    /** A valid complaint accepted in April in the data set, as the model for the planted rows. */
    private static CaseSnapshot model() {
        return Dataset2025.cases().stream()
                .filter(c -> "COMPLAINT".equals(c.type()) && "VALID".equals(c.validity()) && YearMonth.from(c.acceptanceDate()).equals(APRIL))
                .findFirst().orElseThrow();
    }

    /** Saves a snapshot through the SPI as a corrupt row would appear: no command wrote it. */
    private static void plant(InMemoryStorage storage, CaseSnapshot s) {
        storage.cases().save(s.toBuilder().version(1).nextDueAt(null).build(), 0, List.of());
    }

    @Test
    @DisplayName("R-4.6.2 a case received at -999999999-01-01 and one with an unknown type code are listed as unevaluable; the table of the others is unchanged")
    void bad_cases_are_listed_and_the_others_counted() {
        InMemoryStorage clean = Stores.dataset();
        CompanyMonthlyAnalysis before = service(clean).month(APRIL, rosters);

        InMemoryStorage planted = Stores.dataset();
        CaseSnapshot model = model();
        // PostgreSQL's -infinity read back: no calendar counts working days from year -999999999.
        plant(planted, model.toBuilder().id("BAD-INFINITY").idempotencyKey("planted-infinity")
                .receivedAt(Instant.parse("-999999999-01-01T00:00:00Z"))
                .acceptanceDate(LocalDate.of(-999_999_999, 1, 1)).build());
        // An opinion type no version of the library writes.
        plant(planted, model.toBuilder().id("BAD-TYPE").idempotencyKey("planted-type").type("RUMOUR").build());
        CompanyMonthlyAnalysis after = service(planted).month(APRIL, rosters);

        assertThat(after.unevaluable()).isEqualTo(2);
        assertThat(after.unevaluableCases()).extracting(UnevaluableCase::caseId)
                .containsExactlyInAnyOrder("BAD-INFINITY", "BAD-TYPE");
        assertThat(after.unevaluableCases()).allSatisfy(c -> {
            assertThat(c.department()).isEqualTo(model.department());
            assertThat(c.reason().message()).isNotBlank();
        });
        // Neither planted case is in any figure: every department's table is the one without them.
        assertThat(after.centres()).isEqualTo(before.centres());
        assertThat(after.company()).isEqualTo(before.company());
        assertThat(before.unevaluable()).isZero();
        assertThat(before.unevaluableCases()).isEmpty();
    }

    @Test
    @DisplayName("R-4.6.2 the calculator goes on after a bad case in the middle of the stream")
    void the_stream_goes_on_after_a_bad_case() {
        CaseSnapshot model = model();
        CaseSnapshot bad = model.toBuilder().id("BAD-TYPE").type("RUMOUR").build();
        List<CaseSnapshot> cases = new ArrayList<>(Dataset2025.cases());
        MonthlyInputs inputs = new MonthlyInputs(Dataset2025.visits(), Dataset2025.reviews(), rosters);
        CompanyMonthlyAnalysis without = calc.analyse(APRIL, cases.stream(), inputs);
        cases.add(cases.size() / 2, bad);
        CompanyMonthlyAnalysis with = calc.analyse(APRIL, cases.stream(), inputs);
        assertThat(with.unevaluableCases()).extracting(UnevaluableCase::caseId).containsExactly("BAD-TYPE");
        assertThat(with.company()).isEqualTo(without.company());
    }
}
