package dev.wuye.complaint.sla;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.DecideEscalation;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.Escalate;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk on in-memory storage and a {@link LiveCalendar} (as a host wires it), with a clock the test
 * moves, and the commands that bring a case to the shapes the SLA tests need. Cases enter through the
 * desk, so their snapshots are those the library itself writes.
 */
final class DeskCases {

    static final String C01 = "C01";
    static final Actor RECEIVER = Actor.of("r-wang", C01, Role.RECEIVER);
    static final Actor HEAD = Actor.of("h-li", C01, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    static final Actor HANDLER = Actor.of("hd-zhao", C01, Role.HANDLER);
    static final Actor DUTY_OFFICER = Actor.of("d-sun", C01, Role.DUTY_OFFICER);

    final MovableClock clock;
    final InMemoryStorage storage = new InMemoryStorage();
    final LiveCalendar calendar = LiveCalendar.chinaMainland();
    final ComplaintDesk desk;
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();

    DeskCases(LocalDateTime shanghaiStart) {
        clock = new MovableClock(shanghaiStart);
        desk = ComplaintDesk.builder()
                .storage(storage)
                .clock(clock)
                .lifecycleEngine(LifecycleEngines.defaultEngine())
                .calendar(calendar)
                .officeHours(OfficeHours.defaults())
                .idGenerator(() -> String.format("CASE%04d", ids.incrementAndGet()))
                .build();
    }

    /**
     * The one intake call of the SLA tests: a phone complaint to service centre C01, recorded now by
     * {@code recorder} (the receiver in office hours, the duty officer outside them).
     */
    String receive(Actor recorder) {
        Instant now = clock.instant();
        ReceiveOpinion intake = ReceiveOpinion.builder().recordedBy(recorder).idempotencyKey("key-" + keys.incrementAndGet())
                .channel(Channel.PHONE).customer(new Customer("张三丰", "13812345678", "3栋2单元501"))
                .contentSummary("电梯停在三楼不动，已经两天").routing(Routing.serviceCentre(C01)).receivedAt(now)
                // The customer asks for a phone call and names no time (R-4.2.5b): no agreed reply clock runs, so
                // these scenarios watch the procedure's day clocks alone.
                .replyAgreement(ReplyAgreement.customerWish(null, FollowUpMethod.PHONE))
                .followUpChannel(FollowUpMethod.PHONE).build();
        return accept(intake).caseId();
    }

    /** A valid complaint (staff attitude) received and classified now, awaiting assignment in C01. */
    String validComplaint() {
        String id = receive(RECEIVER);
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE", false));
        return id;
    }

    /** A valid complaint received now, assigned, and escalated handler → department head → (receiver) GMD. */
    String escalatedToGmd() {
        String id = validComplaint();
        accept(new Assign(HEAD, id, List.of(HANDLER.staffId()), false));
        accept(new Escalate(HANDLER, id, "超出处理人权限"));
        accept(new DecideEscalation(HEAD, id, "部门处理不了"));
        accept(new Escalate(RECEIVER, id, "超出部门权限，报综合管理部"));
        assertThat(stored(id).escalationLevel()).isEqualTo("GMD");
        return id;
    }

    CommandResult.Accepted accept(Command command) {
        CommandResult r = desk.submit(command);
        assertThat(r).as("%s: %s", command.getClass().getSimpleName(), r).isInstanceOf(CommandResult.Accepted.class);
        return (CommandResult.Accepted) r;
    }

    CaseSnapshot stored(String id) {
        return desk.find(id).orElseThrow();
    }

    static Instant shanghai(LocalDateTime t) {
        return t.atZone(MovableClock.SHANGHAI).toInstant();
    }

    /** A clock the test sets by hand, in Shanghai. */
    static final class MovableClock extends Clock {
        static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
        private volatile Instant now;

        MovableClock(LocalDateTime shanghaiTime) {
            set(shanghaiTime);
        }

        void set(LocalDateTime shanghaiTime) {
            now = shanghai(shanghaiTime);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
