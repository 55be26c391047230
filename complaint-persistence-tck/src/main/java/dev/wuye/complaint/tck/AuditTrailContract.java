package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail: append-only, ordered by version then insertion, written in the same unit of work as
 * the snapshot, never mixed between cases.
 */
public interface AuditTrailContract extends StorageContract {

    /**
     * Entries come back equal, ordered by version then insertion.
     */
    @Test
    @DisplayName("entries come back equal, ordered by version then insertion")
    default void orderedAndEqual() {
        CaseSnapshot v1 = sample("AT-1");
        AuditEntry receive = audit(v1, "Receive");
        cases().save(v1, 0, List.of(receive));
        CaseSnapshot v2 = next(v1, "a");
        AuditEntry b = audit(v2, "B-Classify");
        AuditEntry a = audit(v2, "A-Assign");
        cases().save(v2, 1, List.of(b, a));
        CaseSnapshot v3 = next(v2, "b");
        cases().save(v3, 2, List.of());
        CaseSnapshot v4 = next(v3, "c");
        AuditEntry withNulls = new AuditEntry("AT-1", 4, v4.lastModifiedAt(), "S9", "HEAD", null, "Close",
                null, "CLOSED", null);
        cases().save(v4, 3, List.of(withNulls));
        assertThat(cases().auditTrail("AT-1")).containsExactly(receive, b, a, withNulls);
    }

    /**
     * An entry keeps the longest detail and roles, Chinese and emoji, and microseconds.
     */
    @Test
    @DisplayName("an entry keeps the longest detail and roles, Chinese and emoji, and microseconds")
    default void longestEntry() {
        CaseSnapshot v1 = sample("AT-long");
        AuditEntry longest = new AuditEntry("AT-long", 1, Snapshots.T0.plus(7, ChronoUnit.MICROS),
                Snapshots.text(CaseSnapshot.MAX_ID_LENGTH), Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH),
                Snapshots.text(CaseSnapshot.MAX_ID_LENGTH), Snapshots.text(CaseSnapshot.MAX_ID_LENGTH),
                null, Snapshots.text(CaseSnapshot.MAX_ID_LENGTH), Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH));
        cases().save(v1, 0, List.of(longest));
        assertThat(cases().auditTrail("AT-long")).containsExactly(longest);
    }

    /**
     * The trails of two cases never mix, and earlier entries never change.
     */
    @Test
    @DisplayName("the trails of two cases never mix, and earlier entries never change")
    default void separateAndAppendOnly() {
        CaseSnapshot x = intake(sample("AT-x"));
        CaseSnapshot y = intake(sample("AT-y"));
        List<AuditEntry> before = cases().auditTrail("AT-x");
        update(x, "x1");
        update(y, "y1");
        List<AuditEntry> after = cases().auditTrail("AT-x");
        assertThat(after).startsWith(before.toArray(AuditEntry[]::new)).hasSize(2)
                .allSatisfy(e -> assertThat(e.caseId()).isEqualTo("AT-x"));
        assertThat(cases().auditTrail("AT-y")).hasSize(2)
                .allSatisfy(e -> assertThat(e.caseId()).isEqualTo("AT-y"));
    }
}
