package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.wuye.complaint.sla.Cases.at;
import static dev.wuye.complaint.sla.Cases.complaint;
import static dev.wuye.complaint.sla.Cases.completed;
import static dev.wuye.complaint.sla.Cases.customerUpdate;
import static dev.wuye.complaint.sla.Cases.followUp;
import static dev.wuye.complaint.sla.Cases.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario tests of the procedure's clocks, one nested group per rule. */
class SlaCalculatorTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
    private final SlaCalculator sla = new SlaCalculator(china, SlaPolicy.defaults(), OfficeHours.defaults());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("R-4.7.1 accepted by a service centre: 3 working days")
    class ServiceCentreLimit {

        @Test
        @DisplayName("R-4.7.1 accepted Monday 2025-03-10: due Thursday 3/13")
        void ordinary_week() {
            assertThat(sla.timeLimitDeadline(complaint("c1", "2025-03-10T10:00").build())).isEqualTo(d("2025-03-13"));
        }

        @Test
        @DisplayName("R-4.7.1 accepted Friday before the 2025 Spring Festival: Sun 1/26, Mon 1/27, Wed 2/5")
        void across_the_spring_festival() {
            assertThat(sla.timeLimitDeadline(complaint("c1", "2025-01-24T10:00").build())).isEqualTo(d("2025-02-05"));
        }

        @Test
        @DisplayName("R-4.7.1 accepted on a Saturday: the count starts with Monday")
        void saturday_acceptance() {
            assertThat(sla.timeLimitDeadline(complaint("c1", "2025-03-08T11:00").build())).isEqualTo(d("2025-03-12"));
        }

        @Test
        @DisplayName("R-4.7.1 the time-limit clock: due soon the working day before, overdue the day after")
        void clock_levels() {
            CaseSnapshot s = complaint("c1", "2025-03-10T10:00").build();
            assertThat(level(s, SlaClock.TIME_LIMIT, "2025-03-11T09:00")).isEqualTo(SlaLevel.ON_TIME);
            assertThat(level(s, SlaClock.TIME_LIMIT, "2025-03-12T09:00")).isEqualTo(SlaLevel.DUE_SOON);
            assertThat(level(s, SlaClock.TIME_LIMIT, "2025-03-13T23:59")).isEqualTo(SlaLevel.DUE_SOON);
            assertThat(level(s, SlaClock.TIME_LIMIT, "2025-03-14T00:00")).isEqualTo(SlaLevel.OVERDUE);
            SlaStatus st = sla.status(s, SlaClock.TIME_LIMIT, at("2025-03-14T00:00")).orElseThrow();
            assertThat(st.deadline()).isEqualTo(d("2025-03-13"));
            assertThat(st.dueAt()).isEqualTo(at("2025-03-14T00:00"));
        }

        @Test
        @DisplayName("R-4.7.1 an unknown accepting level is a clear error naming the field and value")
        void unknown_level() {
            CaseSnapshot s = complaint("c1", "2025-03-10T10:00").acceptingLevel("REGION").build();
            assertThatThrownBy(() -> sla.timeLimitDeadline(s)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("acceptingLevel").hasMessageContaining("REGION");
        }
    }

    @Nested
    @DisplayName("R-4.7.2 accepted by the company: 7 working days")
    class CompanyLimit {

        @Test
        @DisplayName("R-4.7.2 accepted Monday 2025-09-22: Sunday 9/28 works, due Tuesday 9/30")
        void before_golden_week() {
            CaseSnapshot s = complaint("c2", "2025-09-22T10:00").acceptingLevel("COMPANY").build();
            assertThat(sla.timeLimitDeadline(s)).isEqualTo(d("2025-09-30"));
        }

        @Test
        @DisplayName("R-4.7.2 accepted Friday 2025-09-26: across Golden Week to Monday 10/13")
        void across_golden_week() {
            CaseSnapshot s = complaint("c2", "2025-09-26T10:00").acceptingLevel("COMPANY").build();
            // 9/28, 9/29, 9/30, 10/9, 10/10, Sat 10/11, Mon 10/13
            assertThat(sla.timeLimitDeadline(s)).isEqualTo(d("2025-10-13"));
        }

        @Test
        @DisplayName("R-4.7.2 escalation mid-way to the GMD: 7 working days from the original acceptance date")
        void escalation_mid_way() {
            CaseSnapshot accepted = complaint("c3", "2025-03-10T10:00").build();
            assertThat(sla.timeLimitDeadline(accepted)).isEqualTo(d("2025-03-13"));
            assertThat(level(accepted, SlaClock.TIME_LIMIT, "2025-03-14T10:00")).isEqualTo(SlaLevel.OVERDUE);

            CaseSnapshot escalated = accepted.toBuilder().escalationLevel("GMD").version(2).build();
            // 3/11, 3/12, 3/13, 3/14, 3/17, 3/18, 3/19
            assertThat(sla.timeLimitDeadline(escalated)).isEqualTo(d("2025-03-19"));
            assertThat(level(escalated, SlaClock.TIME_LIMIT, "2025-03-14T10:00")).isEqualTo(SlaLevel.ON_TIME);
            assertThat(sla.timeLimitDeadline(escalated.toBuilder().escalationLevel("GENERAL_MANAGER").build()))
                    .isEqualTo(d("2025-03-19"));
            assertThat(sla.timeLimitDeadline(accepted.toBuilder().escalationLevel("DEPARTMENT_HEAD").build()))
                    .as("within the department: still 3 days").isEqualTo(d("2025-03-13"));
        }

        @Test
        @DisplayName("R-4.7.2 a company may keep the 3-day limit after escalation (configurable)")
        void escalation_switch_is_configurable() {
            SlaCalculator keep = new SlaCalculator(china,
                    SlaPolicy.builder().escalationSwitchesLimit(false).build(), OfficeHours.defaults());
            CaseSnapshot escalated = complaint("c3", "2025-03-10T10:00").escalationLevel("GMD").build();
            assertThat(keep.timeLimitDeadline(escalated)).isEqualTo(d("2025-03-13"));
        }

        @Test
        @DisplayName("R-4.7.1/R-4.7.2 every number is configurable")
        void numbers_are_configurable() {
            SlaCalculator custom = new SlaCalculator(china,
                    SlaPolicy.builder().serviceCentreLimitDays(5).companyLimitDays(10).build(), OfficeHours.defaults());
            assertThat(custom.timeLimitDeadline(complaint("c1", "2025-03-10T10:00").build())).isEqualTo(d("2025-03-17"));
            assertThat(custom.timeLimitDeadline(complaint("c1", "2025-03-10T10:00").acceptingLevel("COMPANY").build()))
                    .isEqualTo(d("2025-03-24"));
            assertThatThrownBy(() -> SlaPolicy.builder().followUpDays(0).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followUpDays")
                    .hasMessageContaining("R-4.4.2b");
        }
    }

    @Nested
    @DisplayName("R-4.7.3 measured from the acceptance date to the follow-up date")
    class Measured {

        @Test
        @DisplayName("R-4.7.3 not followed up yet: no verdict")
        void no_follow_up_yet() {
            CaseSnapshot s = complaint("c4", "2025-03-10T10:00").cycles(List.of(completed(1, "2025-03-11T15:00"))).build();
            assertThat(sla.metTimeLimit(s)).isEmpty();
        }

        @Test
        @DisplayName("R-4.7.3 followed up on the deadline day: on time")
        void on_the_deadline() {
            CaseSnapshot s = complaint("c4", "2025-03-10T10:00")
                    .cycles(List.of(completed(1, "2025-03-11T15:00")))
                    .followUps(List.of(followUp(1, "2025-03-13T17:00", true))).build();
            assertThat(sla.metTimeLimit(s)).contains(true);
            assertThat(sla.status(s, SlaClock.TIME_LIMIT, at("2025-03-20T10:00"))).as("clock stopped").isEmpty();
        }

        @Test
        @DisplayName("R-4.7.3 handled in time but followed up a day late: the limit is missed")
        void follow_up_date_counts_not_completion() {
            CaseSnapshot s = complaint("c4", "2025-03-10T10:00")
                    .cycles(List.of(completed(1, "2025-03-11T15:00")))
                    .followUps(List.of(followUp(1, "2025-03-14T09:00", true))).build();
            assertThat(sla.metTimeLimit(s)).contains(false);
        }

        @Test
        @DisplayName("R-4.7.3 re-handling after an unsatisfied follow-up keeps the time limit running")
        void re_handling_keeps_the_clock_running() {
            CaseSnapshot s = complaint("c4", "2025-03-10T10:00")
                    .cycles(List.of(completed(1, "2025-03-11T15:00"), running(2)))
                    .followUps(List.of(followUp(1, "2025-03-12T09:00", false))).build();
            assertThat(sla.metTimeLimit(s)).isEmpty();
            assertThat(level(s, SlaClock.TIME_LIMIT, "2025-03-14T09:00")).isEqualTo(SlaLevel.OVERDUE);
            CaseSnapshot done = s.toBuilder()
                    .cycles(List.of(completed(1, "2025-03-11T15:00"), completed(2, "2025-03-17T15:00")))
                    .followUps(List.of(followUp(1, "2025-03-12T09:00", false), followUp(2, "2025-03-18T09:00", true)))
                    .build();
            assertThat(sla.metTimeLimit(done)).contains(false);
        }

        @Test
        @DisplayName("R-4.7.3 a duty registration counts from the day it was registered")
        void duty_registration_counts_from_registration_day() {
            CaseSnapshot s = complaint("c5", "2025-09-30T19:00").dutyRegistration(true).receiverId(null)
                    .state("DUTY_REGISTERED").build();
            // 10/9, 10/10, Saturday 10/11
            assertThat(sla.timeLimitDeadline(s)).isEqualTo(d("2025-10-11"));
        }
    }

    @Nested
    @DisplayName("R-4.4.2b / R-4.7.4 follow-up within two working days after completion")
    class FollowUp {

        @Test
        @DisplayName("R-4.4.2b follow-up is due two working days after completion: Thu 1/23 → adjusted Sunday 1/26")
        void due_two_working_days_after_completion() {
            CaseSnapshot s = complaint("c6", "2025-01-21T10:00").cycles(List.of(completed(1, "2025-01-23T15:00"))).build();
            assertThat(sla.followUpDeadline(s)).contains(d("2025-01-26"));
            assertThat(level(s, SlaClock.FOLLOW_UP, "2025-01-23T16:00")).isEqualTo(SlaLevel.ON_TIME);
            assertThat(level(s, SlaClock.FOLLOW_UP, "2025-01-24T09:00")).isEqualTo(SlaLevel.DUE_SOON);
            assertThat(level(s, SlaClock.FOLLOW_UP, "2025-01-27T09:00")).isEqualTo(SlaLevel.OVERDUE);
        }

        @Test
        @DisplayName("R-4.7.4 completed on the eve of Golden Week: follow-up due Friday 10/10")
        void golden_week() {
            CaseSnapshot s = complaint("c6", "2025-09-29T10:00").cycles(List.of(completed(1, "2025-09-30T16:00"))).build();
            assertThat(sla.followUpDeadline(s)).contains(d("2025-10-10"));
        }

        @Test
        @DisplayName("R-4.7.4 follow-up in time or late, per cycle")
        void in_time_or_late() {
            CaseSnapshot base = complaint("c6", "2025-01-21T10:00").cycles(List.of(completed(1, "2025-01-23T15:00"))).build();
            assertThat(sla.followUpInTime(base)).isEmpty();
            assertThat(sla.followUpInTime(base.toBuilder()
                    .followUps(List.of(followUp(1, "2025-01-26T10:00", true))).build())).contains(true);
            assertThat(sla.followUpInTime(base.toBuilder()
                    .followUps(List.of(followUp(1, "2025-01-27T10:00", true))).build())).contains(false);
        }

        @Test
        @DisplayName("R-4.4.2b after re-handling the follow-up is due from the latest cycle's completion")
        void latest_cycle() {
            CaseSnapshot s = complaint("c6", "2025-03-03T10:00")
                    .cycles(List.of(completed(1, "2025-03-04T10:00"), completed(2, "2025-03-14T10:00")))
                    .followUps(List.of(followUp(1, "2025-03-05T10:00", false))).build();
            assertThat(sla.followUpDeadline(s)).contains(d("2025-03-18"));
            assertThat(sla.status(s, SlaClock.FOLLOW_UP, at("2025-03-19T10:00")).orElseThrow().level())
                    .isEqualTo(SlaLevel.OVERDUE);
            assertThat(sla.followUpDeadline(s.toBuilder().cycles(List.of(completed(1, "2025-03-04T10:00"), running(2)))
                    .build())).as("latest cycle not completed").isEmpty();
        }

        @Test
        @DisplayName("R-4.4.2b no follow-up clock for a customer without a channel (R-4.4.2d6 recurrence check instead)")
        void no_channel() {
            CaseSnapshot s = complaint("c6", "2025-03-03T10:00").followUpChannel("NONE")
                    .cycles(List.of(completed(1, "2025-03-04T10:00"))).build();
            assertThat(sla.status(s, SlaClock.FOLLOW_UP, at("2025-03-20T10:00"))).isEmpty();
            assertThat(sla.metTimeLimit(s)).as("time limit stops at completion").contains(true);
        }
    }

    @Nested
    @DisplayName("R-4.2.1b / R-4.2.4a duty registration handed over when the next working day's office hours start")
    class Handover {

        private final CaseSnapshot eve = complaint("c7", "2025-09-30T19:00").dutyRegistration(true)
                .receiverId(null).state("DUTY_REGISTERED").build();

        @Test
        @DisplayName("R-4.2.1b registered on the eve of National Day: handover due 10/9 08:30")
        void holiday_eve() {
            assertThat(sla.handoverDue(eve)).contains(at("2025-10-09T08:30"));
            assertThat(level(eve, SlaClock.HANDOVER, "2025-10-05T12:00")).isEqualTo(SlaLevel.ON_TIME);
            assertThat(level(eve, SlaClock.HANDOVER, "2025-10-09T08:10")).isEqualTo(SlaLevel.DUE_SOON);
            assertThat(level(eve, SlaClock.HANDOVER, "2025-10-09T08:30")).isEqualTo(SlaLevel.OVERDUE);
        }

        @Test
        @DisplayName("R-4.2.4a handed over by the opening is in time; the clock stops")
        void handed_over() {
            CaseSnapshot handed = eve.toBuilder().handedOverAt(at("2025-10-09T08:20")).receiverId("r1")
                    .state("AWAITING_CLASSIFICATION").build();
            assertThat(sla.handedOverInTime(handed)).contains(true);
            assertThat(sla.status(handed, SlaClock.HANDOVER, at("2025-10-09T09:00"))).isEmpty();
            assertThat(sla.handedOverInTime(eve.toBuilder().handedOverAt(at("2025-10-09T10:00")).build())).contains(false);
            assertThat(sla.handedOverInTime(complaint("c8", "2025-03-10T10:00").build())).isEmpty();
            CaseSnapshot withReceiver = eve.toBuilder().receiverId("r1").state("INVESTIGATING").build();
            assertThat(sla.status(withReceiver, SlaClock.HANDOVER, at("2025-10-10T09:00")))
                    .as("already with a receiver though the handover time was not recorded").isEmpty();
        }

        @Test
        @DisplayName("R-4.2.1b registered on Saturday night before an adjusted working Sunday: due that Sunday 08:30")
        void adjusted_sunday() {
            CaseSnapshot s = complaint("c9", "2025-01-25T21:00").dutyRegistration(true).build();
            assertThat(sla.handoverDue(s)).contains(at("2025-01-26T08:30"));
        }
    }

    @Nested
    @DisplayName("R-4.4.1b long-running complaints: two customer updates every calendar week past the time limit")
    class CustomerUpdates {

        /** Accepted Monday 2025-03-03: the time limit ends Thursday 3/6; long-running from Friday 3/7. */
        private CaseSnapshot withUpdates(String... updates) {
            List<NoteEntry> notes = java.util.Arrays.stream(updates).map(Cases::customerUpdate).toList();
            return complaint("c10", "2025-03-03T10:00").notes(notes).build();
        }

        @Test
        @DisplayName("R-4.4.1b no update clock before the time limit has passed")
        void not_long_running_yet() {
            assertThat(sla.status(withUpdates(), SlaClock.CUSTOMER_UPDATES, at("2025-03-06T10:00"))).isEmpty();
            assertThat(sla.isLongRunning(withUpdates(), at("2025-03-07T10:00"))).isTrue();
        }

        @Test
        @DisplayName("R-4.4.1b first long-running week without updates: due soon on Friday, overdue the next Monday")
        void missed_week() {
            SlaStatus friday = sla.status(withUpdates(), SlaClock.CUSTOMER_UPDATES, at("2025-03-07T10:00")).orElseThrow();
            assertThat(friday.level()).isEqualTo(SlaLevel.DUE_SOON);
            assertThat(friday.deadline()).isEqualTo(d("2025-03-09"));
            SlaStatus monday = sla.status(withUpdates("2025-03-07T11:00"), SlaClock.CUSTOMER_UPDATES,
                    at("2025-03-10T09:00")).orElseThrow();
            assertThat(monday.level()).as("only one update last week").isEqualTo(SlaLevel.OVERDUE);
            assertThat(monday.deadline()).isEqualTo(d("2025-03-09"));
        }

        @Test
        @DisplayName("R-4.4.1b two updates in a Monday–Sunday week satisfy it")
        void two_updates_a_week() {
            CaseSnapshot s = withUpdates("2025-03-04T10:00", "2025-03-07T10:00");
            assertThat(sla.status(s, SlaClock.CUSTOMER_UPDATES, at("2025-03-07T12:00")).orElseThrow().level())
                    .isEqualTo(SlaLevel.ON_TIME);
            SlaStatus nextMonday = sla.status(s, SlaClock.CUSTOMER_UPDATES, at("2025-03-10T09:00")).orElseThrow();
            assertThat(nextMonday.level()).isEqualTo(SlaLevel.ON_TIME);
            assertThat(nextMonday.deadline()).isEqualTo(d("2025-03-16"));
            CaseSnapshot one = withUpdates("2025-03-04T10:00", "2025-03-07T10:00", "2025-03-11T10:00");
            assertThat(sla.status(one, SlaClock.CUSTOMER_UPDATES, at("2025-03-13T09:00")).orElseThrow().level())
                    .as("Thursday with one update").isEqualTo(SlaLevel.DUE_SOON);
            CaseSnapshot two = withUpdates("2025-03-04T10:00", "2025-03-07T10:00", "2025-03-11T10:00", "2025-03-13T10:00");
            assertThat(sla.status(two, SlaClock.CUSTOMER_UPDATES, at("2025-03-13T11:00")).orElseThrow().level())
                    .isEqualTo(SlaLevel.ON_TIME);
        }

        @Test
        @DisplayName("R-4.4.1b once handling is complete the update cadence stops, even for a case with no follow-up channel")
        void stops_when_handling_is_complete() {
            CaseSnapshot late = complaint("c12", "2025-03-03T10:00").followUpChannel("NONE")
                    .cycles(List.of(completed(1, "2025-03-12T10:00"))).state("AWAITING_FOLLOW_UP").build();
            assertThat(sla.isLongRunning(late, at("2025-03-24T10:00"))).isFalse();
            assertThat(sla.status(late, SlaClock.CUSTOMER_UPDATES, at("2025-03-24T10:00"))).isEmpty();
            CaseSnapshot running = complaint("c12", "2025-03-03T10:00").followUpChannel("NONE")
                    .state("INVESTIGATING").build();
            assertThat(sla.status(running, SlaClock.CUSTOMER_UPDATES, at("2025-03-24T10:00")))
                    .as("the same case still being handled").isPresent();
        }

        @Test
        @DisplayName("R-4.4.1b progress notes of other kinds do not count, and only complaints need them")
        void only_customer_updates_of_complaints() {
            CaseSnapshot s = complaint("c10", "2025-03-03T10:00").notes(List.of(
                    new NoteEntry(at("2025-03-04T10:00"), "h1", "PROGRESS", "x"),
                    new NoteEntry(at("2025-03-05T10:00"), "h1", "PROGRESS", "y"))).build();
            assertThat(sla.status(s, SlaClock.CUSTOMER_UPDATES, at("2025-03-10T09:00")).orElseThrow().level())
                    .isEqualTo(SlaLevel.OVERDUE);
            assertThat(sla.status(s.toBuilder().type("SUGGESTION").build(), SlaClock.CUSTOMER_UPDATES,
                    at("2025-03-10T09:00"))).isEmpty();
        }
    }

    @Test
    @DisplayName("a closed case has no running clock")
    void closed_case() {
        CaseSnapshot s = complaint("c11", "2025-03-03T10:00").closedAt(at("2025-03-05T10:00")).state("CLOSED")
                .cycles(List.of(completed(1, "2025-03-04T10:00")))
                .followUps(List.of(new FollowUpEntry(1, at("2025-03-05T10:00"), "r1", "PHONE", true, true, true, null)))
                .build();
        assertThat(sla.evaluate(s, at("2025-04-01T10:00"))).isEmpty();
        assertThat(sla.metTimeLimit(s)).contains(true);
        assertThat(sla.followUpInTime(s)).contains(true);
    }

    private SlaLevel level(CaseSnapshot s, SlaClock clock, String asOf) {
        return sla.status(s, clock, at(asOf)).orElseThrow(() -> new AssertionError(clock + " not running")).level();
    }
}
