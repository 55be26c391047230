package dev.wuye.complaint.examples.quickstart;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.Archive;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.Complete;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.ReportProgress;
import dev.wuye.complaint.desk.UpdateCustomer;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static dev.wuye.complaint.desk.Satisfaction.SATISFIED;

/**
 * The single-case walk-through (the month-long {@link Quickstart} is the README's first command):
 * runs one valid complaint through the whole procedure — 受理 → 处理 → 跟踪 → 回访 → 归档 — on the
 * embedded in-memory storage, printing every step, one rejected step, and the audit trail.
 *
 * <p>Run it with {@code mvn -q -pl complaint-examples -am compile exec:java
 * -Dquickstart.mainClass=dev.wuye.complaint.examples.quickstart.OneComplaintWalkthrough}.
 */
public final class OneComplaintWalkthrough {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final PrintStream out;
    private final StepClock clock = new StepClock(LocalDateTime.of(2025, 3, 10, 9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    private final ComplaintDesk desk = ComplaintDesk.builder()
            .storage(new InMemoryStorage())
            .clock(clock)
            .idGenerator(() -> "QS0001")
            .build();

    OneComplaintWalkthrough(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new OneComplaintWalkthrough(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
    }

    /** Runs the walk-through, printing to the stream given at construction. */
    void run() {
        Actor receiver = Actor.of("r-wang", "C01", Role.RECEIVER);
        Actor head = Actor.of("h-li", "C01", Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
        Actor handler = Actor.of("hd-zhao", "C01", Role.HANDLER);

        out.println("wuye-complaint quickstart: one valid complaint from intake to archive");
        String id = step("receive by phone (受理)", ReceiveOpinion.builder()
                .recordedBy(receiver)
                .idempotencyKey("hotline-20250310-0001")
                .channel(Channel.PHONE)
                .customer(new Customer("张三丰", "13812345678", "3栋2单元501"))
                .contentSummary("保洁员态度生硬，业主要求道歉")
                .routing(Routing.serviceCentre("C01"))              // the recorder is C01's receiver
                .receivedAt(clock.instant())
                .replyAgreement(ReplyAgreement.agreed(clock.instant().plus(Duration.ofDays(1)), FollowUpMethod.PHONE))
                .followUpChannel(FollowUpMethod.PHONE)
                .build());
        step("classify: valid, staff attitude (定性)", Classify.complaint(receiver, id,
                ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE"));
        step("assign a handler (分派)", Assign.byHead(head, id, handler.staffId()));
        step("record the investigation (调查)", RecordInvestigation.verifiedOnSite(handler, id, "业主录音属实",
                "新员工培训不足", "其他楼栋保洁岗同样存在"));
        step("propose a solution (提出方案)", new ProposeSolution(handler, id, "当面致歉并组织服务礼仪培训"));
        step("the handler tries to approve it (rejected)", new ApproveSolution(handler, id));
        step("the head approves (批准)", new ApproveSolution(head, id));
        step("report progress (进度反馈)", new ReportProgress(handler, id, "已致歉，培训周五完成"));
        step("update the customer (告知客户)", new UpdateCustomer(receiver, id, "已电话告知业主处理进度"));
        step("complete, signed by the head (办结)", new Complete(head, id, "已致歉，已培训"));
        clock.advance(Duration.ofDays(1));
        step("follow up by phone (回访)", RecordFollowUp.by(receiver, id, FollowUpMethod.PHONE)
                .timely(SATISFIED).result(SATISFIED).attitude(SATISFIED).remarks("业主满意"));
        step("archive (归档)", Archive.inDefaultBatch(receiver, id));

        out.println();
        out.println("audit trail of " + id + ":");
        for (AuditEntry e : desk.auditTrail(id)) {
            out.printf("  v%-2d %s  %-8s %-20s %s -> %s%n", e.version(), e.at().atZone(SHANGHAI).toLocalDateTime(),
                    e.actorId(), e.command(), e.fromState() == null ? "-" : e.fromState(), e.toState());
        }
    }

    private String step(String what, Command command) {
        clock.advance(Duration.ofMinutes(25));
        CommandResult result = desk.submit(command);
        if (result instanceof CommandResult.Accepted a) {
            LifecycleState state = LifecycleState.valueOf(a.complaint().state());
            out.printf("%-45s accepted  -> %s %s (%s)%n", what, state.phase().label(), state.label(), state);
            return a.caseId();
        }
        out.printf("%-45s %s%n", what, result);
        return null;
    }
}
