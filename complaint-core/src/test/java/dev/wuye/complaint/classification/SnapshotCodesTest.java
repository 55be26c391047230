package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.wuye.complaint.testdata.Cases.base;
import static dev.wuye.complaint.testdata.Cases.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read side parses a snapshot's codes into the core's enums, each code once. */
class SnapshotCodesTest {

    private static CaseSnapshot.Builder snapshot() {
        return base("K1", "C01", null, null, null, "PHONE", "2025-04-01");
    }

    @Test
    @DisplayName("R-4.6.1 every code of a type, validity, channel, escalation level and follow-up method reads as its enum")
    void everyCodeReads() {
        Arrays.stream(OpinionType.values()).forEach(e ->
                assertThat(SnapshotCodes.type(snapshot().type(e.name()).build())).isSameAs(e));
        Arrays.stream(Validity.values()).forEach(e ->
                assertThat(SnapshotCodes.validity(snapshot().validity(e.name()).build())).isSameAs(e));
        Arrays.stream(Channel.values()).forEach(e ->
                assertThat(SnapshotCodes.channel(snapshot().channel(e.name()).build())).isSameAs(e));
        Arrays.stream(EscalationLevel.values()).forEach(e ->
                assertThat(SnapshotCodes.escalationLevel(snapshot().escalationLevel(e.name()).build())).isSameAs(e));
        Arrays.stream(FollowUpMethod.values()).forEach(e -> {
            assertThat(SnapshotCodes.followUpChannel(snapshot().followUpChannel(e.name()).build())).isSameAs(e);
            assertThat(SnapshotCodes.method(new FollowUpEntry(1, t("2025-04-02T10:00"), "R1", e.name(), true, true,
                    true, null))).isSameAs(e);
        });
    }

    @Test
    @DisplayName("R-4.7 a valid complaint is type COMPLAINT and validity VALID; an unclassified case has no type")
    void validComplaint() {
        assertThat(SnapshotCodes.isValidComplaint(snapshot().type("COMPLAINT").validity("VALID").build())).isTrue();
        assertThat(SnapshotCodes.isValidComplaint(snapshot().type("COMPLAINT").validity("INVALID").build())).isFalse();
        assertThat(SnapshotCodes.isValidComplaint(snapshot().type("SUGGESTION").build())).isFalse();
        assertThat(SnapshotCodes.type(snapshot().build())).isNull();
        assertThat(SnapshotCodes.validity(snapshot().build())).isNull();
    }

    @Test
    @DisplayName("R-4.6.1 a code read from a database (another string than the constant's name) reads the same")
    void codeFromElsewhere() {
        String fromDatabase = new String("COMPLAINT".toCharArray());

        assertThat(SnapshotCodes.type(snapshot().type(fromDatabase).build())).isSameAs(OpinionType.COMPLAINT);
        assertThat(SnapshotCodes.followUpChannel(snapshot().followUpChannel(new String("NONE".toCharArray())).build()))
                .isSameAs(FollowUpMethod.NONE);
    }

    @Test
    @DisplayName("An unknown code is a corrupt snapshot, named in the exception")
    void unknownCode() {
        assertThatThrownBy(() -> SnapshotCodes.type(snapshot().type("GRUMBLE").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opinion type").hasMessageContaining("GRUMBLE");
    }
}
