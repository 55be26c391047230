package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.wuye.complaint.desk.Satisfaction.*;
import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared set-up of the scenario tests: a desk on in-memory storage with a fixed clock that the test
 * moves by hand, the test organisation of {@link Staff}, and helpers that walk a case to a stage.
 */
abstract class DeskScenario {

    /** Monday 10 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0);

    final TestClock clock = new TestClock(MONDAY_10_AM);
    final InMemoryStorage storage = new InMemoryStorage();
    final List<CaseEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();
    final ComplaintDesk desk = newDesk();

    ComplaintDesk newDesk() {
        return ComplaintDesk.builder()
                .storage(storage)
                .clock(clock)
                .lifecycleEngine(LifecycleEngines.defaultEngine())
                .calendar(WorkingDayCalendar.chinaMainland())
                .officeHours(OfficeHours.defaults())
                .eventListener(events::add)
                .idGenerator(() -> String.format("CASE%04d", ids.incrementAndGet()))
                .delegateAssignment("C01", RECEIVER.staffId())
                .build();
    }

    /** An opinion by phone to C01's receiver, customer chose phone follow-up; change with the builder. */
    OpinionBuilder opinion() {
        return new OpinionBuilder("key-" + keys.incrementAndGet(), clock.instant());
    }

    /** Mutable builder of {@link ReceiveOpinion} test commands. */
    static final class OpinionBuilder {
        Actor recorder = RECEIVER;
        String key;
        Channel channel = Channel.PHONE;
        Customer customer = new Customer("张三丰", "13812345678", "3栋2单元501");
        String summary = "电梯停在三楼不动，已经两天";
        String receiverId;
        String department = C01;
        AcceptingLevel level = AcceptingLevel.SERVICE_CENTRE;
        Instant receivedAt;
        Instant agreedReplyBy;
        FollowUpMethod agreedReplyMethod = FollowUpMethod.PHONE;
        FollowUpMethod followUpChannel = FollowUpMethod.PHONE;
        boolean secondary;
        String visitId;
        ReplyAgreement reply;
        boolean explicitReply;

        OpinionBuilder(String key, Instant now) {
            this.key = key;
            this.receivedAt = now;
            this.agreedReplyBy = now.plus(Duration.ofDays(1));
        }

        OpinionBuilder recorder(Actor a) { recorder = a; return this; }
        OpinionBuilder key(String k) { key = k; return this; }
        OpinionBuilder channel(Channel c) { channel = c; return this; }
        OpinionBuilder customer(Customer c) { customer = c; return this; }
        OpinionBuilder summary(String s) { summary = s; return this; }
        OpinionBuilder receiver(String r) { receiverId = r; return this; }
        OpinionBuilder department(String d) { department = d; return this; }
        OpinionBuilder level(AcceptingLevel l) { level = l; return this; }
        OpinionBuilder receivedAt(Instant i) { receivedAt = i; agreedReplyBy = i.plus(Duration.ofDays(1)); return this; }
        OpinionBuilder agreedReply(Instant by, FollowUpMethod m) { agreedReplyBy = by; agreedReplyMethod = m; return this; }
        /** States the reply agreement as given (also {@code null}, which intake refuses). */
        OpinionBuilder reply(ReplyAgreement r) { reply = r; explicitReply = true; return this; }
        OpinionBuilder followUp(FollowUpMethod m) { followUpChannel = m; return this; }
        OpinionBuilder secondary(boolean s) { secondary = s; return this; }
        OpinionBuilder visit(String v) { visitId = v; return this; }

        ReceiveOpinion build() {
            return ReceiveOpinion.builder().recordedBy(recorder).idempotencyKey(key).channel(channel)
                    .customer(customer).contentSummary(summary)
                    .routing(new Routing(department, level, receiverId)).receivedAt(receivedAt)
                    .replyAgreement(explicitReply ? reply : ReplyAgreement.agreed(agreedReplyBy, agreedReplyMethod))
                    .followUpChannel(followUpChannel).secondaryComplaint(secondary).raisedOnVisit(visitId).build();
        }
    }

    CommandResult.Accepted accept(Command command) {
        CommandResult r = desk.submit(command);
        assertThat(r).as("%s", command.getClass().getSimpleName()).isInstanceOf(CommandResult.Accepted.class);
        return (CommandResult.Accepted) r;
    }

    /** Submits a periodic action that must be recorded; returns what it recorded. */
    <P extends PeriodResult> P recorded(Command command, Class<P> type) {
        CommandResult r = desk.submit(command);
        assertThat(r).as("%s", command.getClass().getSimpleName()).isInstanceOf(CommandResult.Recorded.class);
        return ((CommandResult.Recorded) r).result(type);
    }

    /** What an accepted periodic action recorded. */
    static PeriodResult payload(CommandResult r) {
        assertThat(r).isInstanceOf(CommandResult.Recorded.class);
        return ((CommandResult.Recorded) r).result();
    }

    CommandResult.Rejected reject(Command command) {
        CommandResult r = desk.submit(command);
        assertThat(r).as("%s", command.getClass().getSimpleName()).isInstanceOf(CommandResult.Rejected.class);
        return (CommandResult.Rejected) r;
    }

    CaseSnapshot stored(String id) {
        return desk.find(id).orElseThrow();
    }

    LifecycleState state(String id) {
        return LifecycleState.valueOf(stored(id).state());
    }

    String received(OpinionBuilder b) {
        return accept(b.build()).caseId();
    }

    String received() {
        return received(opinion());
    }

    /** A valid complaint (staff attitude) awaiting assignment in C01. */
    String validComplaint(FollowUpMethod followUp) {
        String id = received(opinion().followUp(followUp));
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE", false));
        return id;
    }

    String investigating(FollowUpMethod followUp) {
        String id = validComplaint(followUp);
        accept(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false));
        return id;
    }

    void investigate(String id) {
        accept(new RecordInvestigation(HANDLER_ZHAO, id, "保洁员态度生硬，业主录音属实", true,
                "培训不足", "其他楼栋保洁岗同样存在"));
    }

    String awaitingApproval(FollowUpMethod followUp) {
        String id = investigating(followUp);
        investigate(id);
        accept(new ProposeSolution(HANDLER_ZHAO, id, "当面致歉并组织培训"));
        return id;
    }

    String executing(FollowUpMethod followUp) {
        String id = awaitingApproval(followUp);
        accept(new ApproveSolution(HEAD, id));
        return id;
    }

    String awaitingFollowUp(FollowUpMethod followUp) {
        String id = executing(followUp);
        accept(new Complete(HEAD, id, "已致歉，已培训"));
        return id;
    }

    RecordFollowUp followUpBy(Actor actor, String id) {
        return RecordFollowUp.by(actor, id, stored(id).followUpChannel().equals("NONE") ? FollowUpMethod.RECURRENCE_CHECK
                : FollowUpMethod.valueOf(stored(id).followUpChannel())).timely(SATISFIED).result(SATISFIED)
                .attitude(SATISFIED).build();
    }

    RecordFollowUp followUp(String id, FollowUpMethod method, boolean satisfied) {
        return RecordFollowUp.by(RECEIVER, id, method).timely(SATISFIED).result(Satisfaction.of(satisfied))
                .attitude(SATISFIED).remarks("谢谢");
    }
}
