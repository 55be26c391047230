package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.OnlineCollectionTracker;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.DutyLogEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.wuye.complaint.desk.Staff.C01;
import static dev.wuye.complaint.desk.Staff.DUTY_OFFICER_SUN;
import static dev.wuye.complaint.desk.Staff.HANDLER_ZHAO;
import static dev.wuye.complaint.desk.Staff.HEAD;
import static dev.wuye.complaint.desk.Staff.RECEIVER;
import static dev.wuye.complaint.desk.Staff.RECEIVER_C02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R-4.2.1c 「受理人每天定时收集网上相关客户意见信息…值班人员…如遇重要投诉有责任及时报告相关负责人」: each
 * collection run is recorded through the desk, a working day without one raises an SLA alert once, and the
 * duty officer's report of an important complaint to the head is an audited command.
 */
class OnlineCollectionScenariosTest extends DeskScenario {

    @Override
    ComplaintDesk newDesk() {
        return ComplaintDesk.builder()
                .storage(storage)
                .clock(clock)
                .lifecycleEngine(LifecycleEngines.defaultEngine())
                .calendar(WorkingDayCalendar.chinaMainland())
                .officeHours(OfficeHours.defaults())
                .eventListener(events::add)
                .idGenerator(idsFrom())
                .onlineCollectionDepartments(List.of(C01))
                .build();
    }

    private static Supplier<String> idsFrom() {
        AtomicInteger n = new AtomicInteger();
        return () -> String.format("CASE%04d", n.incrementAndGet());
    }

    private static Instant shanghai(LocalDateTime t) {
        return t.atZone(TestClock.SHANGHAI).toInstant();
    }

    private CollectOnlineOpinions run(int found, String... opened) {
        return new CollectOnlineOpinions(RECEIVER, C01, found, List.of(opened));
    }

    @Test
    @DisplayName("R-4.2.1c a collection run records who collected, when, how many opinions it found and which cases it opened")
    void R_4_2_1c_collection_run_is_recorded() {
        clock.set(LocalDateTime.of(2026, 9, 29, 9, 0));
        String forum = received(opinion().receivedAt(clock.instant()).channel(Channel.ONLINE_FORUM));
        String web = received(opinion().receivedAt(clock.instant()).channel(Channel.WEB));

        OnlineCollectionRun run = recorded(run(3, forum, web), OnlineCollectionRun.class);

        assertThat(run.collectorId()).isEqualTo("r-wang");
        assertThat(run.at()).isEqualTo(shanghai(LocalDateTime.of(2026, 9, 29, 9, 0)));
        assertThat(run.opinionsFound()).isEqualTo(3);
        assertThat(run.openedCaseIds()).containsExactly("CASE0001", "CASE0002");
        assertThat(desk.activity(C01, YearMonth.of(2026, 9)))
                .extracting(ActivityEntry::command, ActivityEntry::actorStaffId, ActivityEntry::subject, ActivityEntry::detail)
                .containsExactly(tuple("CollectOnlineOpinions", "r-wang", run.recordId(),
                        "found 3 online opinion(s); opened 2: CASE0001,CASE0002"));
    }

    @Test
    @DisplayName("R-4.2.1c only the department's receiver records its collection, naming only online cases it opened")
    void R_4_2_1c_collection_refusals() {
        String phone = received(opinion().channel(Channel.PHONE));
        String forum = received(opinion().channel(Channel.ONLINE_FORUM));

        assertThat(reject(new CollectOnlineOpinions(HEAD, C01, 0, List.of())).rejection())
                .extracting(r -> r.ruleId(), r -> r.messageKey())
                .containsExactly("R-4.2.1c", "period.onlyReceiverCollectsOnline");
        assertThat(reject(new CollectOnlineOpinions(RECEIVER_C02, C01, 0, List.of())).rejection().messageKey())
                .isEqualTo("period.onlyReceiverCollectsOnline");
        assertThat(reject(run(1, phone)).rejection().messageKey()).isEqualTo("period.collectionCaseNotOnline");
        assertThat(reject(run(1, "NO-SUCH-CASE")).rejection().messageKey()).isEqualTo("period.collectionCaseNotOnline");
        assertThat(reject(run(0, forum)).rejection())
                .extracting(r -> r.ruleId(), r -> r.messageKey())
                .containsExactly("R-4.2.1c", "period.collectionFoundFewerThanOpened");
        assertThat(desk.activity(C01, YearMonth.of(2025, 3))).isEmpty();
    }

    @Test
    @DisplayName("R-4.2.1c a working day without a collection is due soon from 15:30 and overdue after 17:30, alerted once; holidays need none")
    void R_4_2_1c_missing_collection_is_an_sla_alert() {
        List<SlaAlert> told = new ArrayList<>();
        desk.subscribe(told::add);
        // Tuesday 29 September 2026: collected.
        clock.set(LocalDateTime.of(2026, 9, 29, 9, 0));
        recorded(run(0), OnlineCollectionRun.class);

        // Wednesday 30 September, the last working day before the holiday: no run. Office hours close 17:30,
        // the warning window is 2 hours: on time at 15:00, due soon at 16:00.
        desk.scanSla(shanghai(LocalDateTime.of(2026, 9, 30, 15, 0)));
        assertThat(told).isEmpty();
        desk.scanSla(shanghai(LocalDateTime.of(2026, 9, 30, 16, 0)));
        // Thursday 1 October and Monday 5 October are National Day holidays: the previous working day is
        // still 30 September, overdue — told once.
        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 1, 10, 0)));
        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 5, 10, 0)));
        // Thursday 8 October, first working day after the holiday: collected at 11:00.
        clock.set(LocalDateTime.of(2026, 10, 8, 11, 0));
        recorded(run(0), OnlineCollectionRun.class);
        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 8, 17, 0)));
        // Friday 9 October: no run. Saturday 10 October is a make-up working day (调休): at 16:00 its own
        // collection is due soon and Friday's is overdue.
        desk.scanSla(shanghai(LocalDateTime.of(2026, 10, 10, 16, 0)));

        Instant sep30Close = shanghai(LocalDateTime.of(2026, 9, 30, 17, 30));
        assertThat(told).allSatisfy(a -> assertThat(a.caseId()).isNull())
                .extracting(SlaAlert::department, SlaAlert::clock, SlaAlert::level, SlaAlert::deadline, SlaAlert::dueAt)
                .containsExactly(
                        tuple(C01, SlaClock.ONLINE_COLLECTION, SlaLevel.DUE_SOON, LocalDate.of(2026, 9, 30), sep30Close),
                        tuple(C01, SlaClock.ONLINE_COLLECTION, SlaLevel.OVERDUE, LocalDate.of(2026, 9, 30), sep30Close),
                        tuple(C01, SlaClock.ONLINE_COLLECTION, SlaLevel.OVERDUE, LocalDate.of(2026, 10, 9),
                                shanghai(LocalDateTime.of(2026, 10, 9, 17, 30))),
                        tuple(C01, SlaClock.ONLINE_COLLECTION, SlaLevel.DUE_SOON, LocalDate.of(2026, 10, 10),
                                shanghai(LocalDateTime.of(2026, 10, 10, 17, 30))));

        OnlineCollectionTracker tracker = new OnlineCollectionTracker(storage.activity(), desk.slaMonitor().calculator());
        Instant later = shanghai(LocalDateTime.of(2026, 10, 12, 9, 0));
        assertThat(tracker.status(C01, LocalDate.of(2026, 10, 3), later)).isEmpty();
        assertThat(tracker.status(C01, LocalDate.of(2026, 10, 8), later)).hasValueSatisfying(s -> {
            assertThat(s.done()).isTrue();
            assertThat(s.level()).isEqualTo(SlaLevel.ON_TIME);
        });
    }

    @Test
    @DisplayName("R-4.2.1c the duty officer's report of an important complaint to the head is an audited command, in the duty log")
    void R_4_2_1c_duty_officer_reports_important_complaint_to_head() {
        // Wednesday 30 September 2026, 21:00: off hours, a duty registration.
        clock.set(LocalDateTime.of(2026, 9, 30, 21, 0));
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()).summary("电梯困人"));
        clock.set(LocalDateTime.of(2026, 9, 30, 21, 5));

        assertThat(reject(new ReportToHead(RECEIVER, id, "h-li", "电梯困人，已通知维保")).rejection())
                .extracting(r -> r.ruleId(), r -> r.messageKey())
                .containsExactly("R-4.2.1c", "authority.onlyDutyOfficerReportsToHead");
        accept(new ReportToHead(DUTY_OFFICER_SUN, id, "h-li", "电梯困人，已通知维保"));

        Instant at = shanghai(LocalDateTime.of(2026, 9, 30, 21, 5));
        assertThat(desk.auditTrail(id)).last().satisfies(e -> {
            assertThat(e.command()).isEqualTo("ReportToHead");
            assertThat(e.actorId()).isEqualTo("d-sun");
            assertThat(e.at()).isEqualTo(at);
            assertThat(e.detail()).contains("headId=h-li");
        });
        assertThat(events).last().isEqualTo(new CaseEvent.ReportedToHead(desk.load(id).orElseThrow().id(), at, "d-sun",
                "h-li"));
        assertThat(storage.dutyLog().find(C01, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1)))
                .extracting(DutyLogEntry::kind, DutyLogEntry::text)
                .contains(tuple("REPORTED_MAJOR", "reported to h-li: 电梯困人，已通知维保"));
        assertThat(desk.allowedActions(HANDLER_ZHAO, id)).doesNotContain(ReportToHead.class);
        assertThat(desk.allowedActions(DUTY_OFFICER_SUN, id)).contains(ReportToHead.class);
    }
}
