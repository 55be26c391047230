package dev.wuye.complaint.sla;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Test fixtures: snapshots built with {@link CaseSnapshot#builder()}, times in Shanghai local time. */
final class Cases {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Cases() {
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** An open, valid complaint accepted by service centre C01 at an office-hours instant. */
    static CaseSnapshot.Builder complaint(String id, String acceptedAt) {
        Instant received = at(acceptedAt);
        return CaseSnapshot.builder()
                .id(id).version(1).idempotencyKey("key-" + id).state("INVESTIGATING")
                .type("COMPLAINT").validity("VALID").channel("PHONE")
                .customer(new CustomerData("张三", "13800138000", "1-2-301"))
                .contentSummary("电梯故障").recordedBy("r1").receiverId("r1").department("C01")
                .acceptingLevel("SERVICE_CENTRE").receivedAt(received)
                .acceptanceDate(LocalDateTime.parse(acceptedAt).toLocalDate())
                .followUpChannel("PHONE").escalationLevel("HANDLER").lastModifiedAt(received);
    }

    static HandlingCycle completed(int number, String completedAt) {
        return new HandlingCycle(number, List.of("h1"), "head", null, "facts", true, "cause", "none",
                "fix", "h1", null, "head", null, "fixed", "head", at(completedAt));
    }

    static HandlingCycle running(int number) {
        return new HandlingCycle(number, List.of("h1"), "head", null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    static FollowUpEntry followUp(int cycle, String atLocal, boolean satisfied) {
        return new FollowUpEntry(cycle, at(atLocal), "r1", "PHONE", true, satisfied, true, null);
    }

    static NoteEntry customerUpdate(String atLocal) {
        return new NoteEntry(at(atLocal), "r1", "CUSTOMER_UPDATE", "进度已告知客户");
    }
}
