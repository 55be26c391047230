package dev.wuye.complaint.testdata;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Small helpers that build snapshots for tests. Times are Asia/Shanghai wall-clock times. */
public final class Cases {

    /** The zone of every test. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Cases() {
    }

    /** An instant from {@code 2025-04-07T10:00} or {@code 2025-04-07} (10:00) in Shanghai. */
    public static Instant t(String local) {
        String s = local.length() == 10 ? local + "T10:00" : local;
        return LocalDateTime.parse(s).atZone(ZONE).toInstant();
    }

    /**
     * A snapshot builder with sensible defaults: accepted on {@code acceptance} at 09:00, handler level,
     * service-centre acceptance, phone follow-up, state AWAITING_ASSIGNMENT.
     */
    public static CaseSnapshot.Builder base(String id, String department, String type, String validity,
                                                 String category, String channel, String acceptance) {
        LocalDate acc = LocalDate.parse(acceptance);
        return CaseSnapshot.builder().id(id).version(1).idempotencyKey("key-" + id).state("AWAITING_ASSIGNMENT")
                .type(type).validity(validity).category(category).channel(channel)
                .customer(new CustomerData("张三丰", "13812345678", "3栋2单元1101"))
                .contentSummary("summary of " + id).recordedBy("S1").receiverId("R1").department(department)
                .acceptingLevel("SERVICE_CENTRE").receivedAt(t(acceptance + "T09:00")).acceptanceDate(acc)
                .followUpChannel("PHONE").escalationLevel("HANDLER").lastModifiedAt(t(acceptance + "T09:00"));
    }

    /** A handling cycle assigned and (optionally) completed on the given days (16:00). */
    public static HandlingCycle cycle(int n, String assigned, String completed) {
        return new HandlingCycle(n, List.of("H1"), "HEAD1", assigned == null ? null : t(assigned + "T11:00"),
                "facts", true, "cause", null, "fix", "H1", null, "HEAD1", null,
                completed == null ? null : "result " + n, completed == null ? null : "HEAD1",
                completed == null ? null : t(completed + "T16:00"));
    }

    /** A follow-up on a day (10:00). */
    public static FollowUpEntry fu(int cycle, String day, String method, Boolean timely, Boolean result,
                                   Boolean attitude) {
        return new FollowUpEntry(cycle, t(day), "R1", method, timely, result, attitude, null);
    }
}
