package dev.wuye.complaint.desk;

import dev.wuye.complaint.classification.Category;
import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.SlaScan;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.visit.RecordVisit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The desk as the facade: SLA, visits, monthly tables, recurrence and archiving through one object. */
class DeskFacadeScenariosTest extends DeskScenario {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private Phase phase(String id) {
        return state(id).phase();
    }

    private String lastAction(String id) {
        List<AuditEntry> trail = desk.auditTrail(id);
        return trail.get(trail.size() - 1).command();
    }

    @Test
    @DisplayName("R-4.2.2a the desk rejects a category code outside the taxonomy, naming field, value and rule; a host taxonomy replaces the default")
    void categoryFromTheTaxonomy() {
        String id = received();
        long version = stored(id).version();
        CommandResult r = desk.submit(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "LIFTS", false));
        assertThat(r).isInstanceOf(CommandResult.Invalid.class);
        CommandResult.FieldViolation v = ((CommandResult.Invalid) r).violations().get(0);
        assertThat(v.field()).isEqualTo("category");
        assertThat(v.value()).isEqualTo("LIFTS");
        assertThat(v.message()).contains("R-4.2.2a").contains("category").contains("LIFTS");
        assertThat(stored(id).version()).isEqualTo(version);
        assertThat(desk.auditTrail(id)).hasSize(1);

        ComplaintDesk host = ComplaintDesk.builder().storage(storage).clock(clock)
                .categories(CategoryTaxonomy.of(List.of(new Category("LIFTS", "电梯", "Lifts"),
                        new Category("MISC", "杂项", "Misc")), "MISC")).build();
        assertThat(host.submit(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "LIFTS", false)).isAccepted()).isTrue();
        assertThat(stored(id).category()).isEqualTo("LIFTS");
    }

    @Test
    @DisplayName("R-4.2.1b a duty registration not handed over shows in the desk's overdue query; each alert is fired once to subscribers")
    void dutyHandoverOverdueThroughTheDesk() {
        clock.set(LocalDateTime.of(2025, 3, 15, 20, 5));
        String id = received(opinion().receivedAt(clock.instant().minus(Duration.ofMinutes(5))));
        assertThat(stored(id).dutyRegistration()).isTrue();
        List<SlaAlert> fired = new ArrayList<>();
        desk.subscribe(fired::add);

        java.time.Instant tuesdayNoon = LocalDateTime.of(2025, 3, 18, 12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        SlaScan scan = desk.overdueAndDueSoon(tuesdayNoon);
        assertThat(scan.alerts()).anySatisfy(a -> {
            assertThat(a.caseId()).isEqualTo(id);
            assertThat(a.clock()).isEqualTo(SlaClock.HANDOVER);
            assertThat(a.level()).isEqualTo(SlaLevel.OVERDUE);
        });
        assertThat(fired).as("a query fires nothing").isEmpty();

        desk.scanSla(tuesdayNoon);
        int once = fired.size();
        assertThat(fired).anyMatch(a -> a.caseId().equals(id) && a.clock() == SlaClock.HANDOVER);
        desk.scanSla(tuesdayNoon.plus(Duration.ofHours(1)));
        assertThat(fired).as("each alert fired once").hasSize(once);
    }

    @Test
    @DisplayName("R-4.4.2d6 no follow-up channel and the same kind recurs within a month: the desk records the follow-up unsatisfied and sends the case back to handling")
    void recurrenceSendsBack() {
        String id = awaitingFollowUp(FollowUpMethod.NONE);
        clock.advance(Duration.ofDays(3));
        String again = validComplaint(FollowUpMethod.PHONE);

        assertThat(recorded(new RunRecurrenceCheck(HANDLER_ZHAO, clock.instant()), RecurrenceRun.class).refused()).containsKey(id);
        assertThat(phase(id)).isEqualTo(Phase.FOLLOW_UP);

        RecurrenceRun run = recorded(new RunRecurrenceCheck(RECEIVER, clock.instant()), RecurrenceRun.class);
        assertThat(run.sentBack()).containsExactly(id);
        assertThat(run.report().mustReturnToHandling()).anyMatch(c -> c.recurringCaseId().equals(again));
        assertThat(phase(id)).isEqualTo(Phase.HANDLING);
        assertThat(lastAction(id)).isEqualTo("RecordFollowUp");
        assertThat(recorded(new RunRecurrenceCheck(RECEIVER, clock.instant()), RecurrenceRun.class).sentBack()).as("applied once").isEmpty();
    }

    @Test
    @DisplayName("R-4.4.2d6 no follow-up channel and the month passes with no recurrence: the desk records the follow-up satisfied")
    void noRecurrenceSatisfied() {
        String id = awaitingFollowUp(FollowUpMethod.NONE);
        RecurrenceRun early = recorded(new RunRecurrenceCheck(RECEIVER, clock.instant()), RecurrenceRun.class);
        assertThat(early.satisfied()).isEmpty();
        assertThat(phase(id)).isEqualTo(Phase.FOLLOW_UP);

        clock.advance(Duration.ofDays(40));
        RecurrenceRun run = recorded(new RunRecurrenceCheck(RECEIVER, clock.instant()), RecurrenceRun.class);
        assertThat(run.satisfied()).containsExactly(id);
        assertThat(phase(id)).isNotEqualTo(Phase.FOLLOW_UP).isNotEqualTo(Phase.HANDLING);
        assertThat(lastAction(id)).isEqualTo("RecordFollowUp");
    }

    @Test
    @DisplayName("R-4.5.2 an opinion raised on a visit is received with channel CUSTOMER_VISIT and the visit id, and the visit log links it")
    void opinionOnAVisit() {
        CommandResult.Rejected noVisit = reject(opinion().channel(Channel.CUSTOMER_VISIT).build());
        assertThat(noVisit.ruleId()).isEqualTo("R-4.5.2");
        assertThat(noVisit.message()).contains("visitId");

        String id = received(opinion().channel(Channel.CUSTOMER_VISIT).visit("V-1"));
        String other = received();
        assertThat(stored(id).visitId()).isEqualTo("V-1");
        var customer = new Customer("张三丰", "13812345678", "3栋2单元501").toData();
        LocalDate today = LocalDate.of(2025, 3, 10);

        CommandResult byOther = desk.submit(new LogVisit(HANDLER_ZHAO,
                new RecordVisit("V-1", RECEIVER.staffId(), C01, today, customer, "走访", List.of(id))));
        assertThat(byOther).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> assertThat(r.ruleId()).isEqualTo("R-4.5.1"));
        CommandResult wrongLink = desk.submit(new LogVisit(RECEIVER,
                new RecordVisit("V-1", RECEIVER.staffId(), C01, today, customer, "走访", List.of(other))));
        assertThat(wrongLink).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> assertThat(r.ruleId()).isEqualTo("R-4.5.2"));
        assertThat(desk.visits(C01, MARCH)).isEmpty();

        CommandResult ok = desk.submit(new LogVisit(RECEIVER,
                new RecordVisit("V-1", RECEIVER.staffId(), C01, today, customer, "走访", List.of(id))));
        assertThat(ok).isInstanceOfSatisfying(CommandResult.Recorded.class,
                r -> assertThat(r.result()).isInstanceOf(PeriodResult.VisitRecorded.class));
        assertThat(desk.visits(C01, MARCH)).singleElement().satisfies(v -> assertThat(v.opinionIds()).containsExactly(id));
    }

    @Test
    @DisplayName("R-4.5.3 only the customer-service supervisor of the centre checks its visits monthly")
    void supervisorChecksVisits() {
        CommandResult byReceiver = desk.submit(new CheckVisits(RECEIVER, C01, MARCH, "看过"));
        assertThat(byReceiver).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> assertThat(r.ruleId()).isEqualTo("R-4.5.3"));
        assertThat(storage.reviews().find(C01, MARCH.atDay(1), MARCH.plusMonths(1).atDay(1))).isEmpty();

        CommandResult ok = desk.submit(new CheckVisits(SUPERVISOR, C01, MARCH, "记录完整"));
        assertThat(payload(ok)).isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class,
                r -> assertThat(r.review().reviewerId()).isEqualTo(SUPERVISOR.staffId()));
        assertThat(desk.submit(new CheckVisits(SUPERVISOR, C02, MARCH, "x"))).isInstanceOf(CommandResult.Rejected.class);
    }

    @Test
    @DisplayName("R-4.4.2d7 the department head reviews the handling forms weekly; the SLA clock sees the review")
    void headReviewsFormsWeekly() {
        java.time.LocalDate wednesday = java.time.LocalDate.of(2025, 3, 12);
        CommandResult byReceiver = desk.submit(new ReviewWeeklyForms(RECEIVER, C01, wednesday, 5, "看过"));
        assertThat(byReceiver).isInstanceOfSatisfying(CommandResult.Rejected.class,
                r -> assertThat(r.ruleId()).isEqualTo("R-4.4.2d7"));
        assertThat(desk.submit(new ReviewWeeklyForms(HEAD_C02, C01, wednesday, 5, "x"))).isInstanceOf(CommandResult.Rejected.class);
        assertThat(storage.reviews().find(C01, MARCH.atDay(1), MARCH.plusMonths(1).atDay(1))).isEmpty();

        CommandResult ok = desk.submit(new ReviewWeeklyForms(HEAD, C01, wednesday, 7, "两张办理表缺现场核实"));
        assertThat(payload(ok)).isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class, r -> {
            assertThat(r.review().periodStart()).isEqualTo(java.time.LocalDate.of(2025, 3, 10));
            assertThat(r.review().itemsReviewed()).isEqualTo(7);
        });
        CommandResult again = desk.submit(new ReviewWeeklyForms(HEAD, C01, wednesday.plusDays(2), 9, "again"));
        assertThat(payload(again)).isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class,
                r -> assertThat(r.review().itemsReviewed()).as("one review per week").isEqualTo(7));
        assertThat(desk.slaMonitor().weeklyReviews().status(C01, wednesday, clock.instant()).done()).isTrue();
    }

    @Test
    @DisplayName("R-4.4.2d7 the weekly review is of the current or a past week; a week that has not begun is refused and nothing is stored")
    void weeklyReviewOfAFutureWeekRefused() {
        clock.set(LocalDateTime.of(2025, 3, 12, 10, 0));               // Wednesday; this week began Monday 10 March
        CommandResult thisWeek = desk.submit(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 12), 4, "本周"));
        assertThat(payload(thisWeek)).isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class,
                r -> assertThat(r.review().periodStart()).isEqualTo(LocalDate.of(2025, 3, 10)));
        CommandResult lastWeek = desk.submit(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 3), 6, "补审上周"));
        assertThat(payload(lastWeek)).isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class,
                r -> assertThat(r.review().periodStart()).isEqualTo(LocalDate.of(2025, 3, 3)));
        CommandResult sunday = desk.submit(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 16), 1, "x"));
        assertThat(payload(sunday)).as("Sunday 16 March is of this week: the stored review")
                .isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class, r -> assertThat(r.duplicate()).isTrue());

        for (LocalDate day : List.of(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 23))) {
            CommandResult.Rejected next = reject(new ReviewWeeklyForms(HEAD, C01, day, 2, "下周"));
            assertThat(next.ruleId()).isEqualTo("R-4.4.2d7");
            assertThat(next.rejection().messageKey()).isEqualTo("period.reviewOfFutureWeek");
            assertThat(next.rejection().message(Locale.ENGLISH)).isEqualTo("the week of 2025-03-17 has not begun: the "
                    + "weekly review of the handling forms is of the current week (from 2025-03-10) or a past one");
            assertThat(next.rejection().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                    "2025-03-17 起的一周尚未开始：办理表周审核只能审核本周（自 2025-03-10 起）或以往各周的办理表");
        }
        assertThat(storage.reviews().find(C01, LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 24))).isEmpty();
        assertThat(desk.activity(C01, MARCH)).extracting(ActivityEntry::subject)
                .containsExactlyInAnyOrder("WR-C01-2025-03-10", "WR-C01-2025-03-03");

        clock.set(LocalDateTime.of(2025, 3, 17, 0, 30));               // Monday in Shanghai, still Sunday in UTC
        CommandResult begun = desk.submit(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 17), 2, "新一周"));
        assertThat(payload(begun)).isInstanceOfSatisfying(PeriodResult.ReviewRecorded.class,
                r -> assertThat(r.duplicate()).isFalse());
    }

    @Test
    @DisplayName("R-4.6.3 the department head signs the monthly table; R-4.6.4 the quality supervisor consolidates")
    void monthlyTables() {
        validComplaint(FollowUpMethod.PHONE);
        assertThat(desk.monthlyTable(C01, MARCH).accepted()).isEqualTo(1);

        CommandResult byReceiver = desk.submit(new SubmitMonthlyTable(RECEIVER, C01, MARCH, "总结"));
        assertThat(byReceiver).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> assertThat(r.ruleId()).isEqualTo("R-4.6.3"));
        assertThat(desk.submit(new SubmitMonthlyTable(HEAD_C02, C01, MARCH, "总结"))).isInstanceOf(CommandResult.Rejected.class);
        CommandResult signed = desk.submit(new SubmitMonthlyTable(HEAD, C01, MARCH, "本月以服务态度类为主"));
        assertThat(payload(signed)).isInstanceOfSatisfying(PeriodResult.SubmissionRecorded.class,
                s -> assertThat(s.submission().signedBy()).isEqualTo(HEAD.staffId()));

        assertThat(desk.submit(new SubmitCompanyMonthly(HEAD, MARCH, "汇总"))).isInstanceOfSatisfying(CommandResult.Rejected.class,
                r -> assertThat(r.ruleId()).isEqualTo("R-4.6.4"));
        assertThat(payload(desk.submit(new SubmitCompanyMonthly(QUALITY, MARCH, "汇总")))).isInstanceOf(PeriodResult.SubmissionRecorded.class);
        assertThat(payload(desk.submit(new SubmitQuarterlySummary(QUALITY, 2025, 1, "一季度")))).isInstanceOf(PeriodResult.SubmissionRecorded.class);
        assertThat(desk.companyMonthlyTable(MARCH).centre(C01)).isPresent();
    }

    @Test
    @DisplayName("R-4.8.1 the receiver archives the month: one batch, each case filed through the Archive command with an audit entry; idempotent")
    void receiverArchivesTheMonth() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(RECEIVER, id, "已答复"));
        String open = validComplaint(FollowUpMethod.PHONE);
        clock.set(LocalDateTime.of(2025, 4, 1, 9, 0));

        CommandResult refused = desk.submit(new ArchiveMonth(HANDLER_ZHAO, MARCH));
        assertThat(refused.isAccepted()).isFalse();
        assertThat(((CommandResult.Rejected) refused).ruleId()).isEqualTo("R-4.8.1");
        assertThat(storage.archives().find(C01, MARCH.toString(), "MONTHLY")).isEmpty();

        ArchiveRun run = recorded(new ArchiveMonth(RECEIVER, MARCH), ArchiveRun.class);
        assertThat(run.batches()).singleElement().satisfies(b -> {
            assertThat(b.department()).isEqualTo(C01);
            assertThat(b.caseIds()).contains(id).doesNotContain(open);
        });
        assertThat(run.filed()).containsExactly(id);
        assertThat(state(id)).isEqualTo(LifecycleState.FILED);
        assertThat(lastAction(id)).isEqualTo("Archive");
        assertThat(state(open)).isNotEqualTo(LifecycleState.FILED);

        int trail = desk.auditTrail(id).size();
        ArchiveRun again = recorded(new ArchiveMonth(RECEIVER, MARCH), ArchiveRun.class);
        assertThat(again.filed()).isEmpty();
        assertThat(again.alreadyArchived()).containsExactly(id);
        assertThat(desk.auditTrail(id)).hasSize(trail);
    }

    @Test
    @DisplayName("R-4.8.4 company-level records are archived by the GMD through the desk, not by the centre's receiver")
    void gmdArchivesCompanyLevel() {
        String id = received(opinion().recorder(GMD_RECEIVER).department(GMD).level(AcceptingLevel.COMPANY));
        accept(new Classify(GMD_RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(GMD_RECEIVER, id, "已答复"));
        clock.set(LocalDateTime.of(2025, 4, 1, 9, 0));

        assertThat(recorded(new ArchiveMonth(RECEIVER, MARCH), ArchiveRun.class).filed()).doesNotContain(id);
        assertThat(state(id)).isNotEqualTo(LifecycleState.FILED);
        ArchiveRun gmd = recorded(new ArchiveMonth(GMD_RECEIVER, MARCH), ArchiveRun.class);
        assertThat(gmd.batches()).singleElement().satisfies(b -> assertThat(b.department()).isEqualTo(GMD));
        assertThat(gmd.filed()).containsExactly(id);
        assertThat(lastAction(id)).isEqualTo("Archive");
        assertThat(desk.auditTrail(id).get(desk.auditTrail(id).size() - 1).actorId()).isEqualTo(GMD_RECEIVER.staffId());
    }

    @Test
    @DisplayName("R-4.8.2 R-4.8.3 the receiver archives a quarter through the desk and writes its electronic archive")
    void quarterAndElectronicArchive(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(RECEIVER, id, "已答复"));
        clock.set(LocalDateTime.of(2025, 4, 1, 9, 0));

        assertThat(reject(new ArchiveQuarter(RECEIVER, 2025, 5)).ruleId()).isEqualTo("R-4.8.2");
        ArchiveRun run = recorded(new ArchiveQuarter(RECEIVER, 2025, 1), ArchiveRun.class);
        assertThat(run.batches()).singleElement().satisfies(b -> assertThat(b.period()).isEqualTo("2025-Q1"));
        assertThat(run.filed()).containsExactly(id);

        var written = desk.writeElectronicArchive(run.batches().get(0), dir);
        assertThat(written.manifestSha256()).isEqualTo(run.batches().get(0).manifestSha256());
        assertThat(dir).isNotEmptyDirectory();
    }
}
