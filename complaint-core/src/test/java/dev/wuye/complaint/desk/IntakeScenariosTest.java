package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DutyLogEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Intake (受理), R-4.2.1a–c, R-4.2.3a/b, R-4.2.4a, R-4.2.5a–d. */
class IntakeScenariosTest extends DeskScenario {

    private Instant shanghai(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute).atZone(TestClock.SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("R-2.2 intake runs 24 hours a day: an opinion at 03:00 on a Sunday is taken")
    void intakeAtNightOnSunday() {
        clock.set(LocalDateTime.of(2025, 3, 16, 3, 0));
        CommandResult r = desk.submit(opinion().recorder(DUTY_OFFICER_SUN).build());

        assertThat(r).isInstanceOf(CommandResult.Accepted.class);
        assertThat(((CommandResult.Accepted) r).complaint().receivedAt()).isEqualTo(shanghai(3, 16, 3, 0));
    }

    @Test
    @DisplayName("R-2.2 intake never fails for want of calendar data: opinions in a year without holiday data are taken")
    void intakeInAYearWithoutCalendarData() {
        clock.set(LocalDateTime.of(2026, 12, 31, 20, 0));
        CommandResult night = desk.submit(opinion().recorder(DUTY_OFFICER_SUN).build());
        assertThat(night).isInstanceOf(CommandResult.Accepted.class);
        String id = ((CommandResult.Accepted) night).caseId();
        assertThat(state(id)).as("off hours: a duty registration").isEqualTo(LifecycleState.DUTY_REGISTERED);

        clock.set(LocalDateTime.of(2027, 1, 5, 10, 0));
        CommandResult day = desk.submit(opinion().build());
        assertThat(day).isInstanceOf(CommandResult.Accepted.class);
        assertThat(state(((CommandResult.Accepted) day).caseId()))
                .as("a Tuesday morning counts as office hours on weekends alone")
                .isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
    }

    @Test
    @DisplayName("R-4.2.1a any employee records an opinion and passes it to the receiver named in the command")
    void anyEmployeeRecords() {
        String id = received(opinion().recorder(EMPLOYEE_ZHOU).receiver(RECEIVER.staffId()));

        CaseSnapshot s = stored(id);
        assertThat(s.recordedBy()).isEqualTo(EMPLOYEE_ZHOU.staffId());
        assertThat(s.receiverId()).isEqualTo(RECEIVER.staffId());
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
    }

    @Test
    @DisplayName("R-4.2.1a an employee who records in office hours must name the receiver it is passed to")
    void employeeMustPassItOn() {
        CommandResult.Rejected r = reject(opinion().recorder(EMPLOYEE_ZHOU).build());

        assertThat(r.ruleId()).isEqualTo("R-4.2.1a");
        assertThat(storage.cases().findByIdempotencyKey("key-1")).isEmpty();
    }

    @Test
    @DisplayName("R-3.4 every employee may receive an opinion; a staff-observed one is tracked like any other")
    void staffObserved() {
        String id = received(opinion().recorder(SUPERVISOR).receiver(RECEIVER.staffId()).channel(Channel.STAFF_OBSERVED)
                .followUp(FollowUpMethod.NONE));

        assertThat(stored(id).channel()).isEqualTo("STAFF_OBSERVED");
        assertThat(desk.auditTrail(id)).extracting(AuditEntry::actorId).containsExactly(SUPERVISOR.staffId());
    }

    @Test
    @DisplayName("R-4.2.1b in office hours the receiver accepts: the case waits for classification with that receiver")
    void officeHoursReceiverAccepts() {
        String id = received(opinion());

        CaseSnapshot s = stored(id);
        assertThat(s.dutyRegistration()).isFalse();
        assertThat(s.receiverId()).isEqualTo(RECEIVER.staffId());
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
    }

    @Test
    @DisplayName("R-4.2.1b off hours the duty officer registers it; the handover is due when the next working day starts")
    void offHoursDutyRegistration() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15)); // Friday night
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));

        CaseSnapshot s = stored(id);
        assertThat(state(id)).isEqualTo(LifecycleState.DUTY_REGISTERED);
        assertThat(s.dutyRegistration()).isTrue();
        assertThat(s.receiverId()).isNull();
        assertThat(s.acceptanceDate()).as("acceptance date = the day the duty officer registered it")
                .isEqualTo(LocalDate.of(2025, 3, 14));
        CaseEvent.OpinionReceived e = (CaseEvent.OpinionReceived) events.get(0);
        assertThat(e.handoverDue()).isEqualTo(shanghai(3, 17, 8, 30)); // Monday opening
    }

    @Test
    @DisplayName("R-4.2.4a the duty officer logs off-hours intake and hands it to the receiver the next working day")
    void dutyOfficerLogsAndHandsOver() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15));
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));
        clock.set(LocalDateTime.of(2025, 3, 17, 8, 40));

        accept(new HandOver(DUTY_OFFICER_SUN, id, RECEIVER.staffId()));

        CaseSnapshot s = stored(id);
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
        assertThat(s.receiverId()).isEqualTo(RECEIVER.staffId());
        assertThat(s.handedOverAt()).isEqualTo(shanghai(3, 17, 8, 40));
        List<DutyLogEntry> log = storage.dutyLog().find(C01, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 18));
        assertThat(log).extracting(DutyLogEntry::kind).containsExactly("REGISTERED", "HANDED_OVER");
        assertThat(log).allSatisfy(entry -> assertThat(entry.caseId()).isEqualTo(id));
    }

    @Test
    @DisplayName("R-4.2.4a only a duty officer hands a registration over")
    void onlyDutyOfficerHandsOver() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15));
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));

        assertThat(reject(new HandOver(RECEIVER, id, RECEIVER.staffId())).ruleId()).isEqualTo("R-4.2.4a");
        assertThat(state(id)).isEqualTo(LifecycleState.DUTY_REGISTERED);
    }

    @Test
    @DisplayName("R-4.2.1c an online-forum opinion collected by the receiver is logged and assigned by the centre head")
    void onlineOpinionCollectedAndAssignedByHead() {
        String id = received(opinion().channel(Channel.ONLINE_FORUM).followUp(FollowUpMethod.ONLINE));
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT,
                ValidityGround.STAFF_EFFICIENCY, "REPAIRS_FACILITIES", false));

        assertThat(reject(new Assign(RECEIVER, id, List.of(HANDLER_ZHAO.staffId()), false)).ruleId())
                .isEqualTo("R-4.3.1a");
        accept(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false));
        assertThat(stored(id).channel()).isEqualTo("ONLINE_FORUM");
        assertThat(state(id)).isEqualTo(LifecycleState.INVESTIGATING);
    }

    @Test
    @DisplayName("R-4.2.1c a duty officer reports an important complaint to the responsible head at once, in the duty log")
    void dutyOfficerReportsImportantComplaint() {
        clock.set(LocalDateTime.of(2025, 3, 15, 1, 0));
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));

        accept(new RecordDutyHandling(DUTY_OFFICER_SUN, id, DutyAction.REPORTED_MAJOR, "水管爆裂，已电话报告李主任"));

        assertThat(events).last().isInstanceOfSatisfying(CaseEvent.DutyHandlingRecorded.class,
                e -> assertThat(e.action()).isEqualTo(DutyAction.REPORTED_MAJOR));
        assertThat(storage.dutyLog().find(C01, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16)))
                .extracting(DutyLogEntry::kind).contains("REPORTED_MAJOR");
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    @DisplayName("R-4.2.3a every opinion of every channel is logged the same day in the intake log")
    void everyChannelLoggedSameDay(Channel channel) {
        String id = received(opinion().channel(channel).visit(channel == Channel.CUSTOMER_VISIT ? "V-1" : null));

        CaseSnapshot s = stored(id);
        assertThat(s.channel()).isEqualTo(channel.name());
        assertThat(s.acceptanceDate()).isEqualTo(MONDAY_10_AM.toLocalDate());
        assertThat(desk.auditTrail(id)).singleElement().satisfies(a -> {
            assertThat(a.command()).isEqualTo("ReceiveOpinion");
            assertThat(a.fromState()).isNull();
            assertThat(a.toState()).isEqualTo("AWAITING_CLASSIFICATION");
        });
    }

    @Test
    @DisplayName("R-4.2.3b the handling form holds content summary, recorder and record date")
    void handlingFormFields() {
        String id = received(opinion().recorder(EMPLOYEE_ZHOU).receiver(RECEIVER.staffId()).summary("楼道灯不亮"));

        CaseSnapshot s = stored(id);
        assertThat(s.contentSummary()).isEqualTo("楼道灯不亮");
        assertThat(s.recordedBy()).isEqualTo(EMPLOYEE_ZHOU.staffId());
        assertThat(s.receivedAt()).isEqualTo(clock.instant());
        assertThat(s.department()).isEqualTo(C01);
    }

    @Test
    @DisplayName("R-4.2.5b the reply time and method agreed with the customer are recorded at intake")
    void agreedReplyRecorded() {
        Instant by = clock.instant().plusSeconds(4 * 3600);
        String id = received(opinion().agreedReply(by, FollowUpMethod.HOME_VISIT));

        assertThat(stored(id).agreedReplyBy()).isEqualTo(by);
        assertThat(stored(id).agreedReplyMethod()).isEqualTo("HOME_VISIT");
    }

    @Test
    @DisplayName("R-4.2.5b an agreed reply time before the receipt is invalid input")
    void agreedReplyBeforeReceipt() {
        CommandResult r = desk.submit(opinion().agreedReply(clock.instant().minusSeconds(60), FollowUpMethod.PHONE).build());

        assertThat(r).isInstanceOfSatisfying(CommandResult.Invalid.class, inv -> assertThat(inv.violations())
                .extracting(CommandResult.FieldViolation::field).containsExactly("agreedReplyBy"));
    }

    @Test
    @DisplayName("R-4.2.5a/c/d a complaint that arose from a conflict at intake is recorded as a secondary complaint")
    void secondaryComplaint() {
        String first = received(opinion());
        String second = received(opinion().secondary(true).summary("接线员先挂断电话"));

        assertThat(stored(first).secondaryComplaint()).isFalse();
        assertThat(stored(second).secondaryComplaint()).isTrue();
    }

    @Test
    @DisplayName("R-3.2 an opinion made directly to the company is accepted at company level and handled by the GMD")
    void companyLevelGoesToGmd() {
        String id = received(opinion().recorder(GMD_RECEIVER).department(GMD).level(AcceptingLevel.COMPANY)
                .channel(Channel.GOVERNMENT_REFERRAL));
        assertThat(stored(id).acceptingLevel()).isEqualTo("COMPANY");
        assertThat(stored(id).receiverId()).isEqualTo(GMD_RECEIVER.staffId());

        CommandResult.Rejected r = reject(opinion().level(AcceptingLevel.COMPANY).build());
        assertThat(r.ruleId()).isEqualTo("R-3.2");
    }

    @Test
    @DisplayName("R-4.2.1a intake is idempotent by key: the same key returns the existing case and stores nothing")
    void idempotentIntake() {
        ReceiveOpinion command = opinion().key("hotline-20250310-0001").build();
        CommandResult.Accepted first = accept(command);
        CommandResult.Accepted again = accept(command);

        assertThat(again.caseId()).isEqualTo(first.caseId());
        assertThat(again.replayed()).isTrue();
        assertThat(again.events()).isEmpty();
        assertThat(desk.auditTrail(first.caseId())).hasSize(1);
    }
}
