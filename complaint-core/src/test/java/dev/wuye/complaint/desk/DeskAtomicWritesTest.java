package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.tck.FaultInjectingStorage;
import dev.wuye.complaint.visit.RecordVisit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static dev.wuye.complaint.desk.Staff.C01;
import static dev.wuye.complaint.desk.Staff.DUTY_OFFICER_SUN;
import static dev.wuye.complaint.desk.Staff.RECEIVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every write of a command in one unit of work: the case's snapshot, its audit entry, the duty-log entry
 * and a periodic action's activity entry are stored together or not at all, and a replayed intake finds
 * everything its first answer promised. The failures are injected into the second write of the command
 * with {@link FaultInjectingStorage} around the in-memory store.
 */
class DeskAtomicWritesTest extends DeskScenario {

    private final AtomicInteger faults = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    /** A desk like the scenario's on the same store, whose writes matching {@code fail} fail once each time armed. */
    private ComplaintDesk deskFailingOnce(Predicate<Object> fail) {
        faults.set(1);
        FaultInjectingStorage faulty = new FaultInjectingStorage(storage,
                w -> fail.test(w) && faults.getAndUpdate(n -> Math.max(0, n - 1)) > 0);
        return ComplaintDesk.builder().storage(faulty).clock(clock)
                .lifecycleEngine(LifecycleEngines.defaultEngine()).calendar(WorkingDayCalendar.chinaMainland())
                .officeHours(OfficeHours.defaults()).eventListener(events::add)
                .idGenerator(() -> "ATOM" + ids.incrementAndGet()).build();
    }

    @Test
    @DisplayName("R-4.3.1g an off-hours intake whose duty-log entry fails stores no case; its replay stores case, audit entry and duty entry")
    void R_4_3_1g_off_hours_intake_is_stored_whole_or_not_at_all() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15)); // Friday night: off hours
        ComplaintDesk faulty = deskFailingOnce(w -> w instanceof DutyLogEntry);
        ReceiveOpinion intake = opinion().key("night-1").recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()).build();

        assertThatThrownBy(() -> faulty.submit(intake)).isInstanceOf(FaultInjectingStorage.InjectedFault.class);

        assertThat(storage.cases().findByIdempotencyKey("night-1")).isEmpty();
        assertThat(storage.cases().find(CaseQuery.all(), null, 10).items()).isEmpty();
        assertThat(storage.dutyLog().find(C01, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 15))).isEmpty();
        assertThat(events).as("nothing is published for a unit that was not stored").isEmpty();

        CommandResult.Accepted again = (CommandResult.Accepted) faulty.submit(intake);
        assertThat(again.replayed()).isFalse();
        String id = again.caseId();
        CommandResult.Accepted replay = (CommandResult.Accepted) faulty.submit(intake);
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.caseId()).isEqualTo(id);
        assertThat(storage.cases().auditTrail(id)).extracting(AuditEntry::command).containsExactly("ReceiveOpinion");
        assertThat(storage.dutyLog().findById(id + "#1")).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo("REGISTERED");
            assertThat(e.caseId()).isEqualTo(id);
        });
    }

    @Test
    @DisplayName("R-4.2.4a a handover whose duty-log entry fails leaves the case as it was, unaudited and unpublished")
    void R_4_2_4a_handover_is_stored_with_its_duty_entry_or_not_at_all() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15));
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));
        clock.set(LocalDateTime.of(2025, 3, 17, 8, 40));
        int published = events.size();
        ComplaintDesk faulty = deskFailingOnce(w -> w instanceof DutyLogEntry);

        assertThatThrownBy(() -> faulty.submit(new HandOver(DUTY_OFFICER_SUN, id, RECEIVER.staffId())))
                .isInstanceOf(FaultInjectingStorage.InjectedFault.class);

        assertThat(stored(id).version()).isEqualTo(1);
        assertThat(state(id)).isEqualTo(LifecycleState.DUTY_REGISTERED);
        assertThat(storage.cases().auditTrail(id)).hasSize(1);
        assertThat(storage.dutyLog().findById(id + "#2")).isEmpty();
        assertThat(events).hasSize(published);

        accept(new HandOver(DUTY_OFFICER_SUN, id, RECEIVER.staffId()));
        assertThat(storage.dutyLog().findById(id + "#2")).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo("HANDED_OVER"));
    }

    @Test
    @DisplayName("R-4.5.1 a visit whose activity entry fails is not logged; submitted again it is logged with its one activity entry")
    void R_4_5_1_visit_and_its_activity_entry_are_stored_together() {
        ComplaintDesk faulty = deskFailingOnce(w -> w instanceof ActivityEntry);
        LogVisit visit = new LogVisit(RECEIVER, new RecordVisit("V-ATOM", RECEIVER.staffId(), C01,
                LocalDate.of(2025, 3, 10), new dev.wuye.complaint.cases.Customer("李四", "13900001111", "翠苑2栋").toData(),
                "走访：业主反映停车难", List.of()));

        assertThatThrownBy(() -> faulty.submit(visit)).isInstanceOf(FaultInjectingStorage.InjectedFault.class);
        assertThat(storage.visits().findById("V-ATOM")).isEmpty();
        assertThat(desk.activity(C01, YearMonth.of(2025, 3))).isEmpty();

        assertThat(faulty.submit(visit)).isInstanceOf(CommandResult.Recorded.class);
        assertThat(storage.visits().findById("V-ATOM")).map(VisitRecord::id).contains("V-ATOM");
        assertThat(desk.activity(C01, YearMonth.of(2025, 3))).extracting(ActivityEntry::command).containsExactly("LogVisit");
    }
}
