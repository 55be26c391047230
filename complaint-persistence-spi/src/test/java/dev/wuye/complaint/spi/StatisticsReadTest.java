package dev.wuye.complaint.spi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statistics shape of a snapshot: what it keeps, what it empties, and that no save accepts it. */
class StatisticsReadTest {

    private static final Instant T = Instant.parse("2025-03-14T02:03:04.123456Z");

    private static CaseSnapshot full() {
        return CaseSnapshot.builder().id("C-1").version(3).idempotencyKey("k-1").recordNumber("TS-1")
                .state("CLOSED").type("COMPLAINT").validity("VALID").validityGround("ground").category("REPAIRS")
                .major(true).secondaryComplaint(true).correctiveAction(true).channel("PHONE").visitId("V-1")
                .customer(new CustomerData("张三", "13812345678", "3栋")).contentSummary("电梯异响").recordedBy("S1")
                .receiverId("S2").department("C01").acceptingLevel("SERVICE_CENTRE").receivedAt(T)
                .acceptanceDate(LocalDate.of(2025, 3, 14)).dutyRegistration(true).handedOverAt(T).agreedReplyBy(T)
                .agreedReplyMethod("电话").followUpChannel("ONLINE").escalationLevel("GMD")
                .coHandlingDepartments(List.of("C02"))
                .cycles(List.of(new HandlingCycle(1, List.of("S3"), "H1", T, "查看", true, "分析", "同类", "方案", "S3", T,
                        "H1", T, "结果", "H1", T.plusSeconds(5))))
                .notes(List.of(new NoteEntry(T, "S3", "PROGRESS", "进展")))
                .followUps(List.of(new FollowUpEntry(1, T.plusSeconds(9), "R1", "ONLINE", true, false, null, "备注")))
                .onlineReplyText("回复").onlineReplyApprovedBy("H1").onlineReplyPostedAt(T.plusSeconds(7))
                .invalidConfirmedBy("H2").closure("POSTED").closedAt(T.plusSeconds(8)).archiveBatchId("AB")
                .archivedAt(T).lastModifiedAt(T.plusSeconds(8)).nextDueAt(T).build();
    }

    @Test
    @DisplayName("the statistics shape keeps the counted components and empties the texts and personal data")
    void keepsWhatTheTablesCount() {
        CaseSnapshot s = StatisticsRead.of(full());
        CaseSnapshot expected = CaseSnapshot.builder().id("C-1").version(0).idempotencyKey(StatisticsRead.MARK)
                .recordNumber("TS-1").state("CLOSED").type("COMPLAINT").validity("VALID").category("REPAIRS")
                .major(true).secondaryComplaint(true).correctiveAction(true).channel("PHONE")
                .customer(new CustomerData("", "", "")).contentSummary("").recordedBy("").department("C01")
                .acceptingLevel("SERVICE_CENTRE").receivedAt(T).acceptanceDate(LocalDate.of(2025, 3, 14))
                .followUpChannel("ONLINE").escalationLevel("GMD")
                .cycles(List.of(new HandlingCycle(1, List.of(), null, T, null, null, null, null, null, null, null, null,
                        null, null, null, T.plusSeconds(5))))
                .followUps(List.of(new FollowUpEntry(1, T.plusSeconds(9), "", "ONLINE", true, false, null, null)))
                .onlineReplyPostedAt(T.plusSeconds(7)).closedAt(T.plusSeconds(8)).lastModifiedAt(T.plusSeconds(8))
                .build();
        assertThat(s).isEqualTo(expected);
        assertThat(StatisticsRead.isStatisticsSnapshot(s)).isTrue();
        assertThat(StatisticsRead.isStatisticsSnapshot(full())).isFalse();
        assertThat(StatisticsRead.of(s)).as("idempotent").isEqualTo(s);
    }

    @Test
    @DisplayName("checkSave, which every store's save calls first, refuses a statistics snapshot at any version")
    void checkSaveRefusesIt() {
        CaseSnapshot s = StatisticsRead.of(full());
        assertThatThrownBy(() -> CaseStore.checkSave(s, 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statistics");
        CaseSnapshot v4 = s.toBuilder().version(4).build();
        assertThatThrownBy(() -> CaseStore.checkSave(v4, 3, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statistics");
        assertThat(CaseStore.checkSave(full().toBuilder().version(4).build(), 3, List.of())).isEmpty();
    }
}
