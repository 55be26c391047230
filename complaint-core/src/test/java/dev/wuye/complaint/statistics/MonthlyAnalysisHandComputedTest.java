package dev.wuye.complaint.statistics;

import dev.wuye.complaint.testdata.Cal2025;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.testdata.Dataset2025;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of C01's monthly table for April and May 2025, against values worked out by hand on
 * {@link Dataset2025} (the deadlines of each case are in its comments there). "in time" uses the 2025
 * calendar: Qingming 4–6 Apr, Sunday 27 Apr worked, Labour Day 1–5 May, Dragon Boat 31 May–2 Jun.
 */
@DisplayName("R-4.6.2 monthly analysis table computed by hand")
class MonthlyAnalysisHandComputedTest {

    static final MonthlyAnalysisCalculator CALC = new MonthlyAnalysisCalculator(
            TimeLimits.chinaMainland(), StatisticsSettings.defaults());

    static CompanyMonthlyAnalysis month(String m) {
        return CALC.analyse(YearMonth.parse(m), Dataset2025.cases().stream(),
                new MonthlyInputs(Dataset2025.visits(), Dataset2025.reviews(), Dataset2025.rosters()));
    }

    @Test
    @DisplayName("the hand-written 2025 calendar used for the hand computations agrees with the bundled official one")
    void handCalendarAgreesWithBundledData() {
        var official = dev.wuye.complaint.calendar.WorkingDayCalendar.chinaMainland();
        LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1)).forEach(d ->
                assertThat(official.isWorkingDay(d)).as(d.toString()).isEqualTo(Cal2025.INSTANCE.test(d)));
    }

    @Nested
    @DisplayName("C01, April 2025")
    class April {
        final MonthlyAnalysis a = month("2025-04").centre("C01").orElseThrow();

        @Test
        @DisplayName("R-4.6.2 counts by type, channel and category of the 15 opinions accepted in April")
        void counts() {
            // Accepted in April: A01..A12, A14, A15, A16 = 15 (A13 is the GMD's).
            assertThat(a.accepted()).isEqualTo(15);
            // COMPLAINT: A01 A02 A03 A04 A08 A09 A10 A11 A12 A14 A16 = 11; INQUIRY A05; PRAISE A06; SUGGESTION A07;
            // A15 is a duty registration not yet handed over: nobody has classified it, so it has no type
            // yet (R-4.2.4a/b: the receiver classifies after the handover) and is counted UNCLASSIFIED.
            assertThat(a.byType()).isEqualTo(Map.of("COMPLAINT", 11L, "INQUIRY", 1L, "PRAISE", 1L, "SUGGESTION", 1L,
                    "UNCLASSIFIED", 1L));
            // PHONE: A01 A04 A05 A09 A10 A11 A12 A14 A15 A16 = 10; WEB A02; WALK_IN A03; LETTER A06; FORUM A07 A08 = 2.
            assertThat(a.byChannel()).isEqualTo(Map.of("PHONE", 10L, "WEB", 1L, "WALK_IN", 1L, "LETTER", 1L,
                    "ONLINE_FORUM", 2L));
            // REPAIRS A01 A02 A12 = 3; SECURITY A03 A11 = 2; LANDSCAPING A07 A08 = 2; PARKING A09 A16 = 2; one each:
            // NOISE A04, FEES A05, STAFF_ATTITUDE A06, CLEANING A10, DECORATION A14, and A15 -> 3+2+2+2+6 = 15.
            // A15 has no category yet: the category is set when the receiver classifies, which a
            // duty registration not yet handed over has not had, so it is counted UNCLASSIFIED.
            assertThat(a.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of("REPAIRS_FACILITIES", 3L,
                    "SECURITY", 2L, "LANDSCAPING", 2L, "PARKING_VEHICLES", 2L, "NOISE_NEIGHBOURS", 1L,
                    "FEES_BILLING", 1L, "STAFF_ATTITUDE", 1L, "CLEANING_ENVIRONMENT", 1L, "DECORATION", 1L,
                    "UNCLASSIFIED", 1L));
        }

        @Test
        @DisplayName("R-4.2.2 valid and invalid complaints")
        void validity() {
            // Valid: A01 A02 A03 A08 A09 A10 A11 A12 A14 A16 = 10; invalid: A04 = 1; A15 not classified yet.
            assertThat(a.validComplaints()).isEqualTo(10);
            assertThat(a.invalidComplaints()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-4.7 on-time rate: 6 of the 8 measured in April")
        void onTime() {
            // Measured in April (first follow-up, or completion for no channel):
            // A01 Apr 8 <= Apr 9 yes; A02 Apr 10 > Apr 8 no; A03 Apr 8 > Apr 7 no; A08 Apr 24 <= Apr 24 yes;
            // A10 Apr 30 <= May 6 yes; A11 Apr 18 <= Apr 18 yes; A12 Apr 11 <= Apr 11 yes;
            // A16 (NONE) completed Apr 18 <= Apr 21 yes.  -> 6 / 8. (A09, A14, M02 are measured in May.)
            assertThat(a.onTime()).isEqualTo(new Rate(6, 8));
        }

        @Test
        @DisplayName("R-4.4.2a/b follow-up rate 9/10 and follow-up in time 8/9")
        void followUps() {
            // First completed in April: A01 A02 A03 A08 A09 A10 A11 A12 A14 A16 = 10; followed up: all but A16 = 9.
            assertThat(a.followedUp()).isEqualTo(new Rate(9, 10));
            // With a channel (A16 has none): 9; in time: all but A14 (due May 6, done May 7); A03 due Apr 8 done
            // Apr 8 and A09 due May 7 done May 6 are in time across the holidays -> 8 / 9.
            assertThat(a.followUpInTime()).isEqualTo(new Rate(8, 9));
        }

        @Test
        @DisplayName("R-4.4.2d satisfaction with timeliness, result and attitude of April's follow-ups")
        void satisfaction() {
            // Follow-ups in April: A01, A02, A03 (twice), A08 (the online reply: nothing asked), A10, A11, A12 (twice:
            // unsatisfied with the attitude is unsatisfied, R-4.4.2d, so its first follow-up opened re-handling,
            // followed up again the same day).
            // timeliness asked 8 (A08 not asked): no only A02 -> 7/8.
            assertThat(a.timelinessSatisfied()).isEqualTo(new Rate(7, 8));
            // result asked 8 (A08 not asked, and its verdict is still open): no only A03's first -> 7/8.
            assertThat(a.resultSatisfied()).isEqualTo(new Rate(7, 8));
            // attitude asked 8: no only A12's first -> 7/8.
            assertThat(a.attitudeSatisfied()).isEqualTo(new Rate(7, 8));
        }

        @Test
        @DisplayName("R-4.6.5 A08's online reply is pending at the end of April: its month runs to May 23")
        void R_4_6_5_online_reply_pending_until_its_month_has_passed() {
            // A08 completed Apr 23 -> window to May 23; no LANDSCAPING opinion of C01 accepted Apr 24 - Apr 30.
            // A07 is a suggestion closed at completion: no reply posted, nothing to judge.
            assertThat(a.onlineRepliesSatisfied()).isEqualTo(Rate.UNDEFINED);
            assertThat(a.onlineRepliesPending()).isEqualTo(1);
        }

        @Test
        @DisplayName("有效投诉率 10/11 and the on-time rate counting the 3 overdue open cases, 6/11")
        void R_4_6_1_valid_complaint_share_and_on_time_counting_overdue() {
            // valid 10, invalid 1 (A04) -> 10/11; on time 6 of 8 measured, plus M02, A09, A14 open past the limit.
            assertThat(a.validComplaintShare()).isEqualTo(new Rate(10, 11));
            assertThat(a.onTimeCountingOverdue()).isEqualTo(new Rate(6, 11));
        }

        @Test
        @DisplayName("R-4.6.1 closed, re-handled, escalated, major, secondary, corrective")
        void flows() {
            // Closed in April: A01 A02 A03 A04 A05 A06 A07 A08 A10 A11 A12 = 11.
            assertThat(a.closed()).isEqualTo(11);
            // Cycle 2 opened in April: A03 (result unsatisfied), A12 (attitude unsatisfied, R-4.4.2d) = 2.
            assertThat(a.reHandled()).isEqualTo(2);
            // Above the handler: A11 (department head), A14 (GMD) = 2.
            assertThat(a.escalated()).isEqualTo(2);
            assertThat(a.major()).isEqualTo(1);              // A11
            assertThat(a.secondaryComplaints()).isEqualTo(1); // A12
            assertThat(a.correctiveActions()).isEqualTo(1);   // A11
        }

        @Test
        @DisplayName("R-4.4.2d6 recurrences of the same kind within a month after completion")
        void recurrences() {
            // A01 (Apr 3) and A02 (Apr 2) after M01 completed Mar 24 (window to Apr 24); A12 (Apr 8) after A01 (Apr 7);
            // A08 (Apr 21) after A07 (Apr 16); A09 (Apr 25) after A16 (Apr 18); A11 (Apr 15) after A03 (Apr 11).
            // Not: A03, A04, A07, A10, A14, A16 (nothing of their kind completed before). -> 6 of the
            // 12 complaints and suggestions accepted in April (11 complaints, valid or not, and A07; A15 is
            // not classified yet, so it is neither).
            assertThat(a.recurrences()).isEqualTo(new Rate(6, 12));
        }

        @Test
        @DisplayName("carried over to May and overdue at the end of April")
        void stocks() {
            // Open at the end of April: M02, A09, A14 (closed in May), A15, A16 (open) = 5.
            assertThat(a.carriedOver()).isEqualTo(5);
            // Past the limit and not measured by Apr 30: M02 (Apr 1), A09 (Apr 29), A14 (Apr 30; 3 WD would be Apr 25).
            assertThat(a.overdueCount()).isEqualTo(3);
            assertThat(a.overdue()).extracting(OverdueCase::caseId).containsExactly("M02", "A09", "A14");
            assertThat(a.overdue()).extracting(OverdueCase::deadline).containsExactly(
                    LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-29"), LocalDate.parse("2025-04-30"));
        }

        @Test
        @DisplayName("R-4.5.1/4.5.3 visits against the quota and the supervisor's check; R-4.4.2d7 weekly reviews")
        void visitsAndReviews() {
            // S1: V01 V02 = 2; S2: V04..V07 = 4; S3: 0 -> 6 visits, 2 of 3 staff meet the minimum of 2.
            assertThat(a.visitsDone()).isEqualTo(6);
            assertThat(a.visitQuotaMet()).isEqualTo(new Rate(2, 3));
            assertThat(a.visitChecks()).isEqualTo(new Rate(1, 1));
            // Mondays of April: 7, 14, 21, 28 = 4; reviewed 7, 14, 28 (Mar 31 belongs to March) -> 3/4.
            assertThat(a.weeklyReviews()).isEqualTo(new Rate(3, 4));
        }
    }

    @Nested
    @DisplayName("C01, May 2025")
    class May {
        final MonthlyAnalysis a = month("2025-05").centre("C01").orElseThrow();

        @Test
        @DisplayName("R-4.6.2 counts by type, channel and category of the 12 opinions accepted in May")
        void counts() {
            assertThat(a.accepted()).isEqualTo(12); // B01..B12
            // COMPLAINT B01 B02 B05 B06 B07 B09 B10 B12 = 8; SUGGESTION B03 B11; INQUIRY B04; PRAISE B08.
            assertThat(a.byType()).isEqualTo(Map.of("COMPLAINT", 8L, "SUGGESTION", 2L, "INQUIRY", 1L, "PRAISE", 1L));
            // PHONE B01 B04 B05 B06 B07 B10 B12 = 7; WALK_IN B02 B08; WEB B03; CUSTOMER_VISIT B09; FORUM B11.
            assertThat(a.byChannel()).isEqualTo(Map.of("PHONE", 7L, "WALK_IN", 2L, "WEB", 1L, "CUSTOMER_VISIT", 1L,
                    "ONLINE_FORUM", 1L));
            assertThat(a.byCategory()).isEqualTo(Map.of("REPAIRS_FACILITIES", 2L, "CLEANING_ENVIRONMENT", 1L,
                    "SECURITY", 2L, "PARKING_VEHICLES", 2L, "STAFF_ATTITUDE", 2L, "NOISE_NEIGHBOURS", 1L,
                    "FEES_BILLING", 1L, "LANDSCAPING", 1L));
            // valid B01 B02 B05 B06 B09 B10 B12 = 7; invalid B07.
            assertThat(a.validComplaints()).isEqualTo(7);
            assertThat(a.invalidComplaints()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-4.7 on-time rate 2/7 (Labour Day and escalation make most late)")
        void onTime() {
            // Measured in May: M02 May 13 > Apr 1; A09 May 6 > Apr 29; A14 May 7 > Apr 30; B01 May 9 <= May 9 yes;
            // B02 May 19 > May 15; B09 May 20 <= May 20 yes; B10 May 30 > May 29 -> 2 / 7.
            assertThat(a.onTime()).isEqualTo(new Rate(2, 7));
        }

        @Test
        @DisplayName("R-4.4.2a/b follow-up rate 5/5 and in time 4/5")
        void followUps() {
            // First completed in May: M02 (May 12), B01, B02, B09, B10 = 5, all followed up.
            assertThat(a.followedUp()).isEqualTo(new Rate(5, 5));
            // In time: M02 due May 14 done 13; B01 due 12 done 9; B09 due 21 done 20; B10 due 30 done 30;
            // B02 due 16 done 19 no -> 4/5.
            assertThat(a.followUpInTime()).isEqualTo(new Rate(4, 5));
        }

        @Test
        @DisplayName("R-4.4.2d satisfaction of May's 8 follow-ups")
        void satisfaction() {
            // A09 (N,Y,Y) A14 (Y,Y,Y) M02 (N,Y,Y) B01 (Y,Y,Y) B02a (N,N,Y) B02b (Y,Y,Y) B09 (Y,Y,Y) B10 (Y,Y,Y).
            assertThat(a.timelinessSatisfied()).isEqualTo(new Rate(5, 8));
            // result: 7 of the 8 follow-ups, plus A08's online reply judged satisfied on May 24 (R-4.6.5) -> 8/9.
            assertThat(a.resultSatisfied()).isEqualTo(new Rate(8, 9));
            assertThat(a.attitudeSatisfied()).isEqualTo(new Rate(8, 8));
        }

        @Test
        @DisplayName("R-4.6.5 A08's online reply counts as satisfied in May: no LANDSCAPING opinion in C01 up to May 23")
        void R_4_6_5_online_reply_satisfied_once_its_month_passed_without_recurrence() {
            // A08's window Apr 24 - May 23; the next LANDSCAPING opinion of C01 is B11 on May 26 -> satisfied,
            // settled May 24, so May's table counts it; nothing is pending at the end of May.
            assertThat(a.onlineRepliesSatisfied()).isEqualTo(new Rate(1, 1));
            assertThat(a.onlineRepliesPending()).isZero();
        }

        @Test
        @DisplayName("有效投诉率 7/8 and the on-time rate counting B06 overdue, 2/8")
        void R_4_6_1_valid_complaint_share_and_on_time_counting_overdue() {
            assertThat(a.validComplaintShare()).isEqualTo(new Rate(7, 8));
            assertThat(a.onTimeCountingOverdue()).isEqualTo(new Rate(2, 8));
        }

        @Test
        @DisplayName("R-4.6.1 closed, re-handled, escalated, major, secondary, corrective")
        void flows() {
            // Closed in May: A09 A14 M02 B01 B02 B03 B04 B07 B08 B09 B10 = 11.
            assertThat(a.closed()).isEqualTo(11);
            assertThat(a.reHandled()).isEqualTo(1);   // B02 cycle 2 assigned May 20
            assertThat(a.escalated()).isEqualTo(1);   // B10 to the general manager
            assertThat(a.major()).isEqualTo(1);       // B10
            assertThat(a.secondaryComplaints()).isZero();
            assertThat(a.correctiveActions()).isZero();
        }

        @Test
        @DisplayName("R-4.4.2d6 recurrences: 6, with the one-month window ending exactly on the same date")
        void recurrences() {
            // B01 (May 6) after A12 (Apr 10 -> May 10); B02 (May 12) after A10 (Apr 29); B03 (May 7) after A11 (Apr 17);
            // B06 (May 26) after B03 (closed May 8); B09 (May 15) after A09 (Apr 30); B12 (May 30) after B01 (May 8).
            // Not: B07 NOISE May 9 (A04 closed Apr 8, window ends May 8); B11 May 26 (A08 Apr 23 -> May 23);
            // B05 and B10 (nothing of their kind). -> 6 of the 10 complaints and suggestions accepted in May.
            assertThat(a.recurrences()).isEqualTo(new Rate(6, 10));
        }

        @Test
        @DisplayName("carried over to June and overdue at the end of May")
        void stocks() {
            // Open at May end: A15, A16, B05, B06, B11, B12 = 6.
            assertThat(a.carriedOver()).isEqualTo(6);
            // B06 due May 29, still investigating; B05 (Jun 4) and B12 (Jun 5) are not due yet.
            assertThat(a.overdueCount()).isEqualTo(1);
            assertThat(a.overdue()).extracting(OverdueCase::caseId).containsExactly("B06");
        }

        @Test
        @DisplayName("R-4.5.1/4.5.3 visits and checks; R-4.4.2d7 weekly reviews")
        void visitsAndReviews() {
            // S1 V08 V09 = 2; S2 V03 = 1; S3 V10..V12 = 3 -> 6 visits, S1 and S3 meet the quota.
            assertThat(a.visitsDone()).isEqualTo(6);
            assertThat(a.visitQuotaMet()).isEqualTo(new Rate(2, 3));
            // No supervisor check recorded for May.
            assertThat(a.visitChecks()).isEqualTo(new Rate(0, 1));
            // Mondays 5, 12, 19, 26 all reviewed (12 twice counts once) -> 4/4.
            assertThat(a.weeklyReviews()).isEqualTo(new Rate(4, 4));
        }
    }
}
