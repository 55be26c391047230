package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.tck.StatisticsReadContract;
import dev.wuye.complaint.testdata.Dataset2025;
import dev.wuye.complaint.testdata.Stores;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly tables from the statistics read ({@code CaseStore#streamForStatistics}, which stores answer
 * with {@link StatisticsRead#of} of each case — the kit's {@code StatisticsReadContract} proves that of every
 * store) equal the tables from the full snapshots: every component the statistics read is kept.
 */
class StatisticsReadTablesTest {

    private static final MonthlyAnalysisCalculator CALC = StatisticsPropertiesTest.CALC;

    @Provide
    Arbitrary<List<CaseSnapshot>> cases() {
        // Both generators: the statistics tests' shapes and the kit's (long texts, cycles with every instant).
        Arbitrary<CaseSnapshot> one = Arbitraries.oneOf(
                Arbitraries.randomValue(StatisticsPropertiesTest::snapshot),
                Arbitraries.randomValue(r -> StatisticsReadContract.randomCase(r, "x")));
        return one.list().ofMaxSize(80).map(l -> IntStream.range(0, l.size())
                .mapToObj(i -> l.get(i).toBuilder().id(String.format("K%03d", i)).idempotencyKey("k" + i).build())
                .toList());
    }

    @Property(tries = 300)
    @Label("R-4.6.1-3 every department's monthly table and the company's are the same from the statistics read")
    void tablesFromTheStatisticsReadEqualTheTablesFromFullSnapshots(@ForAll("cases") List<CaseSnapshot> cases) {
        for (YearMonth month : List.of(YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5))) {
            CompanyMonthlyAnalysis full = CALC.analyse(month, cases.stream(), MonthlyInputs.none());
            CompanyMonthlyAnalysis read = CALC.analyse(month, cases.stream().map(StatisticsRead::of), MonthlyInputs.none());
            assertThat(read).as(month.toString()).isEqualTo(full);
            long accepted = cases.stream().filter(c -> YearMonth.from(c.acceptanceDate()).equals(month)).count();
            assertThat(read.company().accepted()).as("counted from the dates, " + month).isEqualTo(accepted);
        }
    }

    @Property(tries = 100)
    @Label("R-4.6.2 one department's table is the same from the statistics read")
    void oneDepartmentsTableIsTheSame(@ForAll("cases") List<CaseSnapshot> cases) {
        YearMonth april = YearMonth.of(2025, 4);
        for (String d : StatisticsPropertiesTest.DEPTS) {
            assertThat(CALC.analyse(d, april, cases.stream().map(StatisticsRead::of), MonthlyInputs.none()))
                    .isEqualTo(CALC.analyse(d, april, cases.stream(), MonthlyInputs.none()));
        }
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("R-4.6.2 the report service's tables of the 2025 data set equal the tables from full snapshots")
    void theServiceCountsTheDatasetAsFromFullSnapshots() {
        // The data set's cases only (no visits or reviews), so the service's inputs are none.
        InMemoryStorage storage = new InMemoryStorage(dev.wuye.complaint.testdata.Cases.ZONE);
        Dataset2025.cases().forEach(c -> Stores.save(storage, c));
        MonthlyReportService service = new MonthlyReportService(storage,
                Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC), CALC);
        long accepted = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2025, m);
            CompanyMonthlyAnalysis fromService = service.month(month, java.util.Map.of());
            // The departments listed are those with a case in the stream, so the full snapshots are the query's.
            dev.wuye.complaint.spi.CaseQuery query = MonthlyAnalysisCalculator.query(null, month, storage.zone());
            CompanyMonthlyAnalysis fromFull = CALC.analyse(month, Dataset2025.cases().stream().filter(query::matches),
                    MonthlyInputs.none());
            assertThat(fromService).as(month.toString()).isEqualTo(fromFull);
            accepted += fromService.company().accepted();
        }
        assertThat(accepted).as("every case of the data set accepted in 2025 counted once")
                .isEqualTo(Dataset2025.cases().stream().filter(c -> c.acceptanceDate().getYear() == 2025).count());
    }
}
