package dev.wuye.complaint.visit;

import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyInputs;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.testdata.Dataset2025;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitScenariosTest {

    final InMemoryStorage storage = new InMemoryStorage(Cases.ZONE);
    final VisitService visits = new VisitService(storage, Clock.fixed(Cases.t("2025-04-30T18:00"), Cases.ZONE),
            VisitQuota.procedure());
    final CustomerData customer = new CustomerData("王五", "13700002222", "8栋3单元0501");

    RecordVisit visit(String id, String staff, String day) {
        return new RecordVisit(id, staff, "C01", LocalDate.parse(day), customer, "asked about the lifts", List.of());
    }

    @Test
    @DisplayName("R-4.5.1 a visit is written to the visit log; recording it twice stores it once")
    void recordVisit() {
        VisitLogged first = visits.record(visit("V1", "S1", "2025-04-10"));
        assertThat(first).satisfies(r -> {
            assertThat(r.duplicate()).isFalse();
            assertThat(r.visit().customer().phone()).isEqualTo("13700002222");
        });
        assertThat(visits.record(visit("V1", "S1", "2025-04-10")))
                .satisfies(r -> assertThat(r.duplicate()).isTrue());
        assertThat(visits.visits("C01", YearMonth.of(2025, 4))).hasSize(1);
    }

    @Test
    @DisplayName("R-4.5.1 a visit in the future or without a customer is rejected naming the rule and the field")
    void rejectBadVisits() {
        assertThat(visits.refusal(visit("V9", "S1", "2025-05-02"))).hasValueSatisfying(
                r -> {
                    assertThat(r.ruleId()).isEqualTo("R-4.5.1");
                    assertThat(r.message()).contains("2025-05-02");
                });
        assertThat(visits.refusal(new RecordVisit("V8", "S1", "C01", LocalDate.of(2025, 4, 1), null, "", List.of())))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("customer"));
        assertThatThrownBy(() -> visits.record(visit("V9", "S1", "2025-05-02")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-4.5.1");
        assertThat(visits.visits("C01", YearMonth.of(2025, 5))).isEmpty();
        assertThat(visit("V1", "S1", "2025-04-10").toString()).doesNotContain("13700002222").doesNotContain("王五");
    }

    @Test
    @DisplayName("R-4.5.1 each customer-service employee visits 2–3 customers a month: below and above are reported")
    void quota() {
        visits.record(visit("V1", "S1", "2025-04-01"));
        visits.record(visit("V2", "S1", "2025-04-02"));
        for (int i = 0; i < 4; i++) {
            visits.record(visit("W" + i, "S2", "2025-04-1" + i));
        }
        visits.record(visit("X1", "S3", "2025-04-03"));
        visits.record(visit("X2", "S3", "2025-03-31")); // March: does not count for April
        VisitQuotaReport r = visits.quotaCheck("C01", YearMonth.of(2025, 4), Set.of("S1", "S2", "S3", "S4"));
        assertThat(r.visitsByStaff()).isEqualTo(Map.of("S1", 2, "S2", 4, "S3", 1, "S4", 0));
        assertThat(r.belowQuota()).containsExactly("S3", "S4");
        assertThat(r.aboveQuota()).containsExactly("S2");
        assertThat(r.visitsDone()).isEqualTo(7);
        assertThat(r.visitsRequired()).isEqualTo(8);
        assertThat(r.quotaMet()).isFalse();

        VisitService lenient = new VisitService(storage, Clock.fixed(Cases.t("2025-04-30"), Cases.ZONE), new VisitQuota(1, 5));
        assertThat(lenient.quotaCheck("C01", YearMonth.of(2025, 4), Set.of("S1", "S2", "S3")).quotaMet()).isTrue();
    }

    @Test
    @DisplayName("R-4.5.2 an opinion raised on a visit enters the lifecycle with channel CUSTOMER_VISIT and the visit id")
    void opinionFromVisit() {
        visits.record(visit("V1", "S1", "2025-04-10"));
        VisitOpinionSource src = visits.opinionSource("V1").orElseThrow();
        assertThat(src.channel()).isEqualTo("CUSTOMER_VISIT");
        assertThat(src.visitId()).isEqualTo("V1");
        assertThat(src.department()).isEqualTo("C01");
        assertThat(src.staffId()).isEqualTo("S1");
        assertThat(src.customer()).isEqualTo(customer);
        assertThat(src.toString()).doesNotContain("13700002222");
        assertThat(visits.opinionSource("nope")).isEmpty();
        // Handled like any other: the monthly table counts it by its channel (B09 in the dataset).
        var may = new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(),
                StatisticsSettings.defaults()).analyse("C01", YearMonth.of(2025, 5), Dataset2025.cases().stream(),
                MonthlyInputs.none());
        assertThat(may.byChannel()).containsEntry("CUSTOMER_VISIT", 1L);
    }

    @Test
    @DisplayName("R-4.5.3 the supervisor checks the visits monthly; the check is recorded once and shows on the quota report")
    void supervisorCheck() {
        visits.record(visit("V1", "S1", "2025-04-10"));
        visits.record(visit("V2", "S1", "2025-04-11"));
        assertThat(visits.quotaCheck("C01", YearMonth.of(2025, 4), Set.of("S1")).supervisorCheck()).isFalse();
        ReviewRecord r = visits.recordSupervisorCheck("C01", YearMonth.of(2025, 4), "SUP1", "all fine");
        assertThat(r.kind()).isEqualTo("MONTHLY_VISITS");
        assertThat(r.itemsReviewed()).isEqualTo(2);
        assertThat(r.periodStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        ReviewRecord again = visits.recordSupervisorCheck("C01", YearMonth.of(2025, 4), "SUP2", "again");
        assertThat(again.reviewerId()).isEqualTo("SUP1");
        assertThat(visits.quotaCheck("C01", YearMonth.of(2025, 4), Set.of("S1")).supervisorCheck()).isTrue();
        assertThat(visits.supervisorCheck("C01", YearMonth.of(2025, 5))).isEmpty();
    }
}
