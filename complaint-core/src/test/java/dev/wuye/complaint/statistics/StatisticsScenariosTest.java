package dev.wuye.complaint.statistics;

import dev.wuye.complaint.classification.RecurrenceCheck;
import dev.wuye.complaint.classification.RecurrenceDetector;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.testdata.Dataset2025;
import dev.wuye.complaint.testdata.DeskDriver;
import dev.wuye.complaint.testdata.Stores;
import dev.wuye.complaint.store.InMemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario tests of clause 4.6 over an {@link InMemoryStorage} holding {@link Dataset2025}. */
class StatisticsScenariosTest {

    final InMemoryStorage storage = Stores.dataset();
    final MonthlyAnalysisCalculator calc = new MonthlyAnalysisCalculator(
            TimeLimits.chinaMainland(), StatisticsSettings.defaults());
    final Map<String, Set<String>> rosters = Dataset2025.rosters();

    MonthlyReportService service(String now) {
        return new MonthlyReportService(storage, Clock.fixed(Cases.t(now), Cases.ZONE), calc);
    }

    @Test
    @DisplayName("R-4.6.1 handling is consolidated: common problems ranked, corrective actions and recurrences counted")
    void consolidation() {
        MonthlyAnalysis april = service("2025-05-03T10:00").centre("C01", YearMonth.of(2025, 4), Set.of("S1", "S2", "S3"));
        // REPAIRS 3 first; then 2 each, by code: LANDSCAPING, PARKING_VEHICLES, SECURITY.
        assertThat(april.topCategories(4)).extracting(Map.Entry::getKey)
                .containsExactly("REPAIRS_FACILITIES", "LANDSCAPING", "PARKING_VEHICLES", "SECURITY");
        assertThat(april.correctiveActions()).isEqualTo(1);
        // 6 of the 12 complaints and suggestions accepted (A15, a duty registration not yet classified, is neither).
        assertThat(april.recurrences()).isEqualTo(new Rate(6, 12));
    }

    @Test
    @DisplayName("R-4.6.2 the centre's table read through the SPI equals the table from the stream, and is due on the 5th")
    void tableThroughStorage() {
        MonthlyReportService svc = service("2025-05-03T10:00");
        MonthlyAnalysis viaStore = svc.centre("C01", YearMonth.of(2025, 4), Set.of("S1", "S2", "S3"));
        MonthlyAnalysis viaStream = calc.analyse(YearMonth.of(2025, 4), Dataset2025.cases().stream(),
                new MonthlyInputs(Dataset2025.visits(), Dataset2025.reviews(), rosters)).centre("C01").orElseThrow();
        assertThat(viaStore).isEqualTo(viaStream);
        assertThat(svc.dueDate(YearMonth.of(2025, 4))).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    @DisplayName("R-4.6.2 a table submitted after the configured day is late; on the day it is not")
    void lateSubmission() {
        Submission late = service("2025-05-06T09:00").submit("C01", YearMonth.of(2025, 4), "April summary", "HEAD1");
        assertThat(late).isInstanceOfSatisfying(Submission.class, s -> {
            assertThat(s.late()).isTrue();
            assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 5, 5));
        });
        Submission onTime = service("2025-06-05T23:30").submit("C01", YearMonth.of(2025, 5), "May summary", "HEAD1");
        assertThat(onTime).isInstanceOfSatisfying(Submission.class, s -> assertThat(s.late()).isFalse());

        MonthlyReportService laterDue = new MonthlyReportService(storage, Clock.fixed(Cases.t("2025-05-06T09:00"),
                Cases.ZONE), new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(),
                StatisticsSettings.defaults().withSubmissionDueDay(10)));
        assertThat(laterDue.submit("C02", YearMonth.of(2025, 4), "C02 April", "HEAD2"))
                .isInstanceOfSatisfying(Submission.class, s -> assertThat(s.late()).isFalse());
        assertThat(service("2025-05-06T09:00").overdue("GMD", YearMonth.of(2025, 4))).isTrue();
    }

    @Test
    @DisplayName("R-4.6.3 the head's summary and signature are required, kept, and a second submission changes nothing")
    void summaryAndSignature() {
        MonthlyReportService svc = service("2025-05-04T10:00");
        assertThat(MonthlyReportService.refusal("R-4.6.3", "  ", "HEAD1"))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-4.6.3");
                    assertThat(r.message()).contains("summary");
                });
        assertThat(MonthlyReportService.refusal("R-4.6.3", "ok", null))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("signedBy"));
        assertThatThrownBy(() -> svc.submit("C01", YearMonth.of(2025, 4), "  ", "HEAD1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-4.6.3");
        svc.submit("C01", YearMonth.of(2025, 4), "投诉集中在维修，已开纠正措施", "HEAD1");
        Submission again = service("2025-05-09T10:00").submit("C01", YearMonth.of(2025, 4), "changed", "X");
        assertThat(again).isInstanceOfSatisfying(Submission.class, s -> {
            assertThat(s.duplicate()).isTrue();
            assertThat(s.submission().summary()).isEqualTo("投诉集中在维修，已开纠正措施");
            assertThat(s.submission().signedBy()).isEqualTo("HEAD1");
            assertThat(s.late()).isFalse();
        });
        assertThat(svc.submission("C01", YearMonth.of(2025, 4))).isPresent();
    }

    @Test
    @DisplayName("R-4.6.4 the company roll-up of April is the sum of C01, C02 and the GMD")
    void companyRollUp() {
        CompanyMonthlyAnalysis april = service("2025-05-03T10:00").month(YearMonth.of(2025, 4), rosters);
        assertThat(april.centres()).extracting(MonthlyAnalysis::department).containsExactly("C01", "C02", "GMD");
        // accepted: C01 15 + C02 (D01, D02, D04) 3 + GMD (A13) 1 = 19.
        assertThat(april.company().accepted()).isEqualTo(19);
        // on time: C01 6/8 + C02 D01 (Apr 11 <= Apr 14) 1/1 + GMD A13 (Apr 15 > Apr 14) 0/1 = 7/10.
        assertThat(april.company().onTime()).isEqualTo(new Rate(7, 10));
        assertThat(april.company().department()).isEqualTo("COMPANY");
    }

    @Test
    @DisplayName("R-4.6.4 the quarterly summary shows the change against the previous quarter")
    void quarterly() {
        QuarterlySummary q2 = service("2025-07-02T10:00").quarter(2025, 2, rosters);
        // Q2 accepted: April 19 + May (C01 12 + C02 D03 + GMD G01 = 14) + June 0 = 33; Q1: M01, M02 = 2.
        assertThat(q2.current().accepted()).isEqualTo(33);
        assertThat(q2.previous().accepted()).isEqualTo(2);
        assertThat(q2.change(AnalysisMetric.ACCEPTED).change()).hasValue(31.0);
        // On time: April 7/10 + May (C01 2/7, C02 D02 0/1, GMD G01 1/1 = 3/9) = 10/19; Q1: M01 1/1.
        assertThat(q2.current().onTime()).isEqualTo(new Rate(10, 19));
        assertThat(q2.previous().onTime()).isEqualTo(new Rate(1, 1));
        assertThat(q2.change(AnalysisMetric.ON_TIME).change().getAsDouble()).isCloseTo(10.0 / 19 - 1, within());
        // Stocks are the quarter's end (June): carried over A15, A16, B05, B06, B11, B12 = 6.
        assertThat(q2.current().carriedOver()).isEqualTo(6);
        assertThat(q2.quarter()).isEqualTo("2025-Q2");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    @DisplayName("R-4.6.2 the overdue list is bounded, most overdue first, while the count stays complete")
    void overdueListBounded() {
        MonthlyAnalysisCalculator two = new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(),
                StatisticsSettings.defaults().withOverdueListLimit(2));
        MonthlyAnalysis april = two.analyse("C01", YearMonth.of(2025, 4), Dataset2025.cases().stream(),
                MonthlyInputs.none());
        // Overdue at April end: M02 (due Apr 1), A09 (Apr 29), A14 (Apr 30) -> 3 counted, the first 2 listed.
        assertThat(april.overdueCount()).isEqualTo(3);
        assertThat(april.overdue()).extracting(OverdueCase::caseId).containsExactly("M02", "A09");
    }

    @Test
    @DisplayName("R-4.6.5 an online reply with no recurrence in the department within a month counts as satisfied")
    void onlineReplySatisfied() {
        RecurrenceDetector d = RecurrenceDetector.withDefaults();
        // A08 completed Apr 23 -> window to May 23; the next LANDSCAPING opinion (B11) came May 26.
        RecurrenceCheck a08 = d.detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1))
                .checks("R-4.6.5").stream().filter(c -> c.caseId().equals("A08")).findFirst().orElseThrow();
        assertThat(a08.outcome()).isEqualTo(RecurrenceCheck.Outcome.SATISFIED);
        assertThat(a08.windowEnd()).isEqualTo(LocalDate.of(2025, 5, 23));
        // Before the window is over it is pending, not satisfied.
        RecurrenceCheck early = d.detect(Dataset2025.cases().stream(), LocalDate.of(2025, 5, 20))
                .checks("R-4.6.5").stream().filter(c -> c.caseId().equals("A08")).findFirst().orElseThrow();
        assertThat(early.outcome()).isEqualTo(RecurrenceCheck.Outcome.PENDING);
        // The detector judges every case whose channel is online: A07 (a suggestion closed at completion on
        // Apr 16, no reply posted, so the monthly table ignores it) recurred with A08 on Apr 21.
        RecurrenceCheck a07 = d.detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1))
                .checks("R-4.6.5").stream().filter(c -> c.caseId().equals("A07")).findFirst().orElseThrow();
        assertThat(a07.outcome()).isEqualTo(RecurrenceCheck.Outcome.UNSATISFIED);
        assertThat(a07.recurringCaseId()).isEqualTo("A08");
        assertThat(a07.returnToHandling()).isFalse();
    }

    @Test
    @DisplayName("R-4.6.5 the same kind in another department is not a recurrence")
    void otherDepartmentIsNotSameKind() {
        // X1: C01's landscaping complaint on the forum, completed Apr 2, online reply approved Apr 3;
        // X2: C02's landscaping complaint of Apr 10, within X1's month.
        DeskDriver d = new DeskDriver();
        d.opinion("X1", "C01", Channel.ONLINE_FORUM).followUp(FollowUpMethod.ONLINE).receivedOn("2025-04-01")
                .validComplaint("LANDSCAPING").assignedOn("2025-04-01").completedOn("2025-04-02")
                .onlineReplyApprovedOn("2025-04-03");
        d.opinion("X2", "C02", Channel.PHONE).receivedOn("2025-04-10").validComplaint("LANDSCAPING");
        RecurrenceCheck x1 = RecurrenceDetector.withDefaults()
                .detect(d.cases().stream(), LocalDate.of(2025, 6, 1)).checks().get(0);
        assertThat(x1.outcome()).isEqualTo(RecurrenceCheck.Outcome.SATISFIED);
    }
}
