package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.CompanyMonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.QuarterlySummary;
import dev.wuye.complaint.statistics.Rate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * in the statistics, with every case driven through the desk: 「对网上回访满意情况，如同类意见在一个月内
 * 不再在同部门重复出现，则此回复做为回访满意进行统计」. The month of March 2025 in C01 (and one case in C02):
 * <ul>
 *   <li>P1 — CLEANING, completed and replied Mon 10 Mar: window 11 Mar – 10 Apr; nothing of its kind in
 *       C01 (C02's cleaning complaint of 25 Mar is another department) → satisfied, settled 11 Apr: April;</li>
 *   <li>P2 — LANDSCAPING, completed and replied Mon 10 Mar: Q1, a landscaping complaint, comes 24 Mar →
 *       unsatisfied, settled 24 Mar: March;</li>
 *   <li>P4 — PARKING, completed and replied Mon 31 Mar: window 1 – 30 Apr → pending at the end of March
 *       and of April, satisfied on 1 May: May.</li>
 * </ul>
 */
class OnlineReplyStatisticsScenariosTest extends DeskScenario {

    String p1;
    String p2;
    String p4;

    @BeforeEach
    void march() {
        clock.set(LocalDateTime.of(2025, 3, 10, 10, 0));
        p1 = onlineReplied("CLEANING_ENVIRONMENT");
        p2 = onlineReplied("LANDSCAPING");
        clock.set(LocalDateTime.of(2025, 3, 24, 10, 0));
        String q1 = received(opinion());
        accept(new Classify(RECEIVER, q1, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, "LANDSCAPING", false));
        clock.set(LocalDateTime.of(2025, 3, 25, 10, 0));
        String r1 = received(opinion().recorder(RECEIVER_C02).department(C02));
        accept(new Classify(RECEIVER_C02, r1, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE,
                "CLEANING_ENVIRONMENT", false));
        clock.set(LocalDateTime.of(2025, 3, 31, 10, 0));
        p4 = onlineReplied("PARKING_VEHICLES");
    }

    /** A valid complaint of C01 whose customer chose an online reply, handled, replied and approved today. */
    String onlineReplied(String category) {
        String id = received(opinion().followUp(FollowUpMethod.ONLINE));
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, category, false));
        accept(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false));
        investigate(id);
        accept(new ProposeSolution(HANDLER_ZHAO, id, "当面致歉并整改"));
        accept(new ApproveSolution(HEAD, id));
        accept(new Complete(HEAD, id, "已整改"));
        accept(new DraftOnlineReply(RECEIVER, id, "您反映的问题已处理完毕"));
        accept(new ApproveOnlineReply(HEAD, id));
        return id;
    }

    MonthlyAnalysis c01(int month) {
        return desk.monthlyTable(C01, YearMonth.of(2025, month));
    }

    @Test
    @DisplayName("R-4.6.5 an approved online reply counts as satisfied in the month its window closes without recurrence, as unsatisfied in the month its kind recurs, and is pending until then")
    void R_4_6_5_online_replies_counted_in_the_month_their_verdict_settles() {
        clock.set(LocalDateTime.of(2025, 6, 3, 10, 0));
        assertThat(stored(p1).followUps()).singleElement().satisfies(f -> {
            assertThat(f.method()).isEqualTo("ONLINE");
            assertThat(f.resultSatisfied()).as("production writes no answer for an online reply").isNull();
        });
        // March: P2 judged unsatisfied (Q1 on 24 Mar); P1 and P4 pending.
        assertThat(c01(3).onlineRepliesSatisfied()).isEqualTo(new Rate(0, 1));
        assertThat(c01(3).onlineRepliesPending()).isEqualTo(2);
        assertThat(c01(3).resultSatisfied()).as("no answered follow-up in March; P2 unsatisfied").isEqualTo(new Rate(0, 1));
        // April: P1 satisfied on 11 Apr; P4's window ends 30 Apr, pending at the month end.
        assertThat(c01(4).onlineRepliesSatisfied()).isEqualTo(new Rate(1, 1));
        assertThat(c01(4).onlineRepliesPending()).isEqualTo(1);
        assertThat(c01(4).resultSatisfied()).isEqualTo(new Rate(1, 1));
        // May: P4 satisfied on 1 May; nothing pending.
        assertThat(c01(5).onlineRepliesSatisfied()).isEqualTo(new Rate(1, 1));
        assertThat(c01(5).onlineRepliesPending()).isZero();
    }

    @Test
    @DisplayName("R-4.6.5 a month's table says the same whenever it is computed: April's on 2 May and on 3 June")
    void R_4_6_5_a_months_verdicts_do_not_change_afterwards() {
        clock.set(LocalDateTime.of(2025, 5, 2, 10, 0));
        MonthlyAnalysis early = c01(4);
        // Another parking complaint on 6 May: after P4's window, so nothing changes for April or May.
        clock.set(LocalDateTime.of(2025, 5, 6, 10, 0));
        String late = received(opinion());
        accept(new Classify(RECEIVER, late, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, "PARKING_VEHICLES", false));
        clock.set(LocalDateTime.of(2025, 6, 3, 10, 0));
        assertThat(c01(4)).isEqualTo(early);
        assertThat(c01(5).onlineRepliesSatisfied()).isEqualTo(new Rate(1, 1));
    }

    @Test
    @DisplayName("R-4.6.4 R-4.6.5 the company roll-up and the quarterly summary count the online replies as the monthly tables do")
    void R_4_6_4_rollup_and_quarter_agree_with_the_monthly_tables() {
        clock.set(LocalDateTime.of(2025, 7, 2, 10, 0));
        CompanyMonthlyAnalysis march = desk.companyMonthlyTable(YearMonth.of(2025, 3));
        // C01: 0/1, pending 2; C02: no online reply -> company 0/1, pending 2.
        assertThat(march.centre(C02).orElseThrow().onlineRepliesSatisfied()).isEqualTo(Rate.UNDEFINED);
        assertThat(march.company().onlineRepliesSatisfied()).isEqualTo(new Rate(0, 1));
        assertThat(march.company().onlineRepliesPending()).isEqualTo(2);
        CompanyMonthlyAnalysis april = desk.companyMonthlyTable(YearMonth.of(2025, 4));
        assertThat(april.company().onlineRepliesSatisfied()).isEqualTo(new Rate(1, 1));
        assertThat(april.company().onlineRepliesPending()).isEqualTo(1);

        QuarterlySummary q1 = desk.quarterlySummary(2025, 1);
        // Q1: only March judged anything (P2); pending at the quarter end (31 Mar): P1, P4.
        assertThat(q1.current().onlineRepliesSatisfied()).isEqualTo(new Rate(0, 1));
        assertThat(q1.current().onlineRepliesPending()).isEqualTo(2);
        QuarterlySummary q2 = desk.quarterlySummary(2025, 2);
        // Q2: April P1 + May P4 = 2/2; nothing pending at 30 June.
        assertThat(q2.current().onlineRepliesSatisfied()).isEqualTo(new Rate(2, 2));
        assertThat(q2.current().onlineRepliesPending()).isZero();
        assertThat(q2.current().resultSatisfied()).isEqualTo(new Rate(2, 2));
        assertThat(q2.change(AnalysisMetric.ONLINE_REPLIES_SATISFIED).change()).hasValue(1.0);
    }

    @Test
    @DisplayName("R-4.4.2d6 R-4.6.5 March's recurrences: 1 (Q1 after P2) of the 4 complaints accepted in C01, never more than it counts")
    void R_4_6_1_recurrences_are_a_share_of_the_opinions_they_count() {
        clock.set(LocalDateTime.of(2025, 4, 2, 10, 0));
        // Accepted in March in C01: P1, P2, Q1, P4 (complaints with a category). Q1 (LANDSCAPING, 24 Mar)
        // follows P2 completed 10 Mar; P1, P2, P4 have nothing of their kind completed before.
        assertThat(c01(3).recurrences()).isEqualTo(new Rate(1, 4));
        // 4 valid complaints, none invalid.
        assertThat(c01(3).validComplaintShare()).isEqualTo(new Rate(4, 4));
    }
}
