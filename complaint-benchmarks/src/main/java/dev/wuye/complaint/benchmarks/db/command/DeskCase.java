package dev.wuye.complaint.benchmarks.db.command;

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
import dev.wuye.complaint.desk.HandOver;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.ReportProgress;
import dev.wuye.complaint.desk.Routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static dev.wuye.complaint.desk.Satisfaction.SATISFIED;

/**
 * The valid-complaint case the harness runs through the desk: the eleven commands of the JMH desk
 * benchmark (an off-hours phone intake on a Friday night, handover, classify, assign, investigate,
 * propose, approve, progress, complete, follow-up, archive), each at its own time on a per-thread clock.
 */
final class DeskCase {

    static final String C01 = "C01";
    static final Actor DUTY_OFFICER = Actor.of("d-sun", C01, Role.DUTY_OFFICER);
    static final Actor RECEIVER = Actor.of("r-wang", C01, Role.RECEIVER);
    static final Actor HEAD = Actor.of("h-li", C01, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    static final Actor HANDLER = Actor.of("hd-zhao", C01, Role.HANDLER);
    static final Customer CUSTOMER = new Customer("张三丰", "13812345678", "3栋2单元501");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Commands per case. */
    static final int COMMANDS = 11;

    /** When each command is issued (Shanghai time), in order. */
    static final Instant[] TIMES = {
        at(2025, 3, 14, 22, 15), at(2025, 3, 17, 8, 40), at(2025, 3, 17, 9, 30), at(2025, 3, 17, 10, 0),
        at(2025, 3, 18, 10, 0), at(2025, 3, 18, 14, 0), at(2025, 3, 18, 16, 0), at(2025, 3, 19, 10, 0),
        at(2025, 3, 20, 10, 0), at(2025, 3, 21, 10, 0), at(2025, 4, 1, 9, 0),
    };

    private DeskCase() {
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }

    /** A clock each thread moves on its own: the desk is shared by every thread of a run. */
    static final class ThreadClock extends Clock {
        private final ThreadLocal<Instant> now = ThreadLocal.withInitial(() -> TIMES[0]);

        void step(int i) {
            now.set(TIMES[i]);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** Runs the eleven commands of one case with a fresh key; returns the case id. */
    static String run(ComplaintDesk d, ThreadClock clock, String key) {
        clock.step(0);
        Instant received = TIMES[0];
        String id = submit(d, ReceiveOpinion.builder().recordedBy(DUTY_OFFICER).idempotencyKey(key)
                .channel(Channel.PHONE).customer(CUSTOMER).contentSummary("保洁员态度生硬，业主要求道歉")
                .routing(Routing.serviceCentre(C01)).receivedAt(received)
                .replyAgreement(ReplyAgreement.agreed(received.plus(Duration.ofDays(3)), FollowUpMethod.PHONE))
                .followUpChannel(FollowUpMethod.PHONE).build()).caseId();
        clock.step(1);
        submit(d, new HandOver(DUTY_OFFICER, id, RECEIVER.staffId()));
        clock.step(2);
        submit(d, Classify.complaint(RECEIVER, id, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE"));
        clock.step(3);
        submit(d, Assign.byHead(HEAD, id, HANDLER.staffId()));
        clock.step(4);
        submit(d, RecordInvestigation.verifiedOnSite(HANDLER, id, "保洁员态度生硬，业主录音属实", "培训不足", "其他楼栋保洁岗同样存在"));
        clock.step(5);
        submit(d, new ProposeSolution(HANDLER, id, "当面致歉并组织培训"));
        clock.step(6);
        submit(d, new ApproveSolution(HEAD, id));
        clock.step(7);
        submit(d, new ReportProgress(HANDLER, id, "已约业主周四上门致歉"));
        clock.step(8);
        submit(d, new Complete(HEAD, id, "已致歉，已培训"));
        clock.step(9);
        submit(d, RecordFollowUp.by(RECEIVER, id, FollowUpMethod.PHONE).timely(SATISFIED).result(SATISFIED)
                .attitude(SATISFIED).remarks("业主表示满意"));
        clock.step(10);
        submit(d, Archive.inDefaultBatch(RECEIVER, id));
        return id;
    }

    private static CommandResult.Accepted submit(ComplaintDesk d, Command c) {
        CommandResult r = d.submit(c);
        if (r instanceof CommandResult.Accepted a) {
            return a;
        }
        throw new IllegalStateException(c.getClass().getSimpleName() + " was not accepted: " + r);
    }
}
