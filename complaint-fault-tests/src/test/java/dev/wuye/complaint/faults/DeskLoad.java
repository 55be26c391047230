package dev.wuye.complaint.faults;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Command;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.HandOver;
import dev.wuye.complaint.desk.ReceiveOpinion;
import dev.wuye.complaint.desk.ReplyAgreement;
import dev.wuye.complaint.desk.Routing;
import dev.wuye.complaint.spi.Storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Desk load as a host drives it: threads that take in opinions — every other one off hours, registered by
 * the duty officer (a duty-log entry) — and move each case on (handover with its duty-log entry, classify,
 * assign). Every write the desk acknowledges is reported to a sink; a failed intake is submitted once more
 * with its key, as a client retries. A failed case command ends that case.
 */
final class DeskLoad {

    static final String C01 = "C01";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor DUTY_OFFICER = Actor.of("d-sun", C01, Role.DUTY_OFFICER);
    static final Actor RECEIVER = Actor.of("r-wang", C01, Role.RECEIVER);
    static final Actor HEAD = Actor.of("h-li", C01, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    static final Customer CUSTOMER = new Customer("张三丰", "13812345678", "3栋2单元501");
    /** Monday 08:40: the desk's time for the whole load. */
    static final Instant NOW = LocalDateTime.of(2025, 3, 17, 8, 40).atZone(SHANGHAI).toInstant();
    /** Friday 22:15: off office hours, so the intake is a duty registration. */
    static final Instant FRIDAY_NIGHT = LocalDateTime.of(2025, 3, 14, 22, 15).atZone(SHANGHAI).toInstant();
    /** Friday 10:00: office hours. */
    static final Instant FRIDAY_MORNING = LocalDateTime.of(2025, 3, 14, 10, 0).atZone(SHANGHAI).toInstant();

    /** One write the desk acknowledged: an intake (version 1, or a replay) or a case command. */
    record Ack(String kind, String key, String caseId, long version) {
        String line() {
            return kind + " " + key + " " + caseId + " " + version;
        }

        static Ack parse(String line) {
            String[] f = line.split(" ");
            return new Ack(f[0], f[1], f[2], Long.parseLong(f[3]));
        }
    }

    /** Where acknowledged writes go. */
    @FunctionalInterface
    interface Sink {
        void ack(Ack ack);
    }

    /** What the load did. */
    record Stats(long acknowledged, long failed, long rejected) {
    }

    private DeskLoad() {
    }

    static ComplaintDesk desk(Storage storage) {
        return ComplaintDesk.builder().storage(storage).clock(Clock.fixed(NOW, SHANGHAI))
                .calendar(WorkingDayCalendar.chinaMainland()).build();
    }

    /** Runs the load on {@code threads} threads until {@code stop} says so. */
    static Stats run(ComplaintDesk desk, String prefix, int threads, BooleanSupplier stop, Sink sink)
            throws InterruptedException {
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread w = new Thread(() -> {
                for (long n = 0; !stop.getAsBoolean(); n++) {
                    String key = prefix + "-" + thread + "-" + n;
                    oneCase(desk, key, n % 2 == 0, sink, acked, failed, rejected);
                }
            }, "load-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return new Stats(acked.get(), failed.get(), rejected.get());
    }

    private static void oneCase(ComplaintDesk desk, String key, boolean offHours, Sink sink, AtomicLong acked,
                                AtomicLong failed, AtomicLong rejected) {
        Instant received = offHours ? FRIDAY_NIGHT : FRIDAY_MORNING;
        ReceiveOpinion intake = ReceiveOpinion.builder().recordedBy(offHours ? DUTY_OFFICER : RECEIVER)
                .idempotencyKey(key).channel(Channel.PHONE).customer(CUSTOMER).contentSummary("楼道灯不亮，夜间不安全")
                .routing(Routing.serviceCentre(C01)).receivedAt(received)
                .replyAgreement(ReplyAgreement.agreed(received.plus(Duration.ofDays(3)), FollowUpMethod.PHONE))
                .followUpChannel(FollowUpMethod.PHONE).build();
        CommandResult.Accepted in = submit(desk, intake, failed, rejected);
        if (in == null) {
            in = submit(desk, intake, failed, rejected);
            if (in == null) {
                return;
            }
        }
        sink.ack(new Ack("intake", key, in.caseId(), in.complaint().version()));
        acked.incrementAndGet();
        if (in.replayed()) {
            return;
        }
        String id = in.caseId();
        List<Command> next = new ArrayList<>();
        if (offHours) {
            next.add(new HandOver(DUTY_OFFICER, id, RECEIVER.staffId()));
        }
        next.add(Classify.complaint(RECEIVER, id, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE"));
        next.add(Assign.byHead(HEAD, id, "hd-zhao"));
        for (Command c : next) {
            CommandResult.Accepted a = submit(desk, c, failed, rejected);
            if (a == null) {
                return;
            }
            sink.ack(new Ack(c.getClass().getSimpleName(), key, id, a.complaint().version()));
            acked.incrementAndGet();
        }
    }

    private static CommandResult.Accepted submit(ComplaintDesk desk, Command c, AtomicLong failed, AtomicLong rejected) {
        CommandResult r;
        try {
            r = desk.submit(c);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            return null;
        }
        if (r instanceof CommandResult.Accepted a) {
            return a;
        }
        rejected.incrementAndGet();
        System.err.println(c.getClass().getSimpleName() + " not accepted: " + r);
        return null;
    }
}
