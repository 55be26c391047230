package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.tck.Races.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.wuye.complaint.tck.Races.race;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Optimistic concurrency: a save names the version it read; a stale, skipped or foreign save is refused
 * with nothing of it stored, and of two racing writers exactly one wins.
 */
public interface OptimisticConcurrencyContract extends StorageContract {

    /**
     * A save with the stored version succeeds and bumps the version.
     */
    @Test
    @DisplayName("a save with the stored version succeeds and bumps the version")
    default void currentVersionWins() {
        CaseSnapshot v1 = intake(sample("OC-1"));
        CaseSnapshot v2 = update(v1, "进展一");
        CaseSnapshot v3 = update(v2, "进展二");
        assertThat(cases().findById("OC-1")).contains(v3);
        assertThat(cases().auditTrail("OC-1")).extracting(AuditEntry::version).containsExactly(1L, 2L, 3L);
    }

    /**
     * The second of two writers on one version gets StaleVersionException, and nothing of it is stored.
     */
    @Test
    @DisplayName("the second of two writers on one version gets StaleVersionException, and nothing of it is stored")
    default void staleWriterLoses() {
        CaseSnapshot v1 = intake(sample("OC-2"));
        CaseSnapshot winner = next(v1, "winner");
        CaseSnapshot loser = next(v1, "loser").toBuilder().state("HANDLING").build();
        cases().save(winner, 1, List.of(audit(winner, "Win")));
        assertThatThrownBy(() -> cases().save(loser, 1, List.of(audit(loser, "Lose"), audit(loser, "Lose2"))))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.caseId()).isEqualTo("OC-2");
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isIn(2L, -1L);
                });
        assertThat(cases().findById("OC-2")).contains(winner);
        assertThat(cases().auditTrail("OC-2")).extracting(AuditEntry::command).containsExactly("Receive", "Win");
    }

    /**
     * An expected version ahead of the stored one is stale.
     */
    @Test
    @DisplayName("an expected version ahead of the stored one is stale")
    default void versionAhead() {
        CaseSnapshot v1 = intake(sample("OC-3"));
        CaseSnapshot v6 = v1.toBuilder().version(6).build();
        assertThatThrownBy(() -> cases().save(v6, 5, List.of(audit(v6, "Jump"))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(cases().findById("OC-3")).contains(v1);
        assertThat(cases().auditTrail("OC-3")).hasSize(1);
    }

    /**
     * An update of a case that was never stored is stale and creates nothing.
     */
    @Test
    @DisplayName("an update of a case that was never stored is stale and creates nothing")
    default void updateOfUnknownCase() {
        CaseSnapshot ghost = sample("OC-ghost").toBuilder().version(2).build();
        assertThatThrownBy(() -> cases().save(ghost, 1, List.of(audit(ghost, "Ghost"))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(cases().findById("OC-ghost")).isEmpty();
        assertThat(cases().findByIdempotencyKey("key-OC-ghost")).isEmpty();
        assertThat(cases().auditTrail("OC-ghost")).isEmpty();
    }

    /**
     * Snapshot.version must be expectedVersion + 1; otherwise nothing is written.
     */
    @Test
    @DisplayName("snapshot.version must be expectedVersion + 1; otherwise nothing is written")
    default void versionMismatch() {
        CaseSnapshot v1 = intake(sample("OC-4"));
        CaseSnapshot same = next(v1, "x").toBuilder().version(1).build();
        CaseSnapshot skip = next(v1, "x").toBuilder().version(3).build();
        assertThatThrownBy(() -> cases().save(same, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cases().save(skip, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        CaseSnapshot fresh = sample("OC-5").toBuilder().version(2).build();
        assertThatThrownBy(() -> cases().save(fresh, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cases().save(v1, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        CaseSnapshot v0 = sample("OC-5").toBuilder().version(0).build();
        assertThatThrownBy(() -> cases().save(v0, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cases().findById("OC-4")).contains(v1);
        assertThat(cases().findById("OC-5")).isEmpty();
        assertThat(cases().auditTrail("OC-4")).hasSize(1);
    }

    /**
     * Audit entries of another case or version are rejected; nothing is written.
     */
    @Test
    @DisplayName("audit entries of another case or version are rejected; nothing is written")
    default void foreignAuditEntries() {
        CaseSnapshot v1 = intake(sample("OC-6"));
        CaseSnapshot v2 = next(v1, "x");
        AuditEntry otherCase = audit(sample("OC-other").toBuilder().version(2).build(), "Other");
        AuditEntry otherVersion = audit(v1, "Old");
        assertThatThrownBy(() -> cases().save(v2, 1, List.of(audit(v2, "Ok"), otherCase)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cases().save(v2, 1, List.of(otherVersion)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cases().findById("OC-6")).contains(v1);
        assertThat(cases().auditTrail("OC-6")).extracting(AuditEntry::command).containsExactly("Receive");
    }

    /**
     * An update cannot change the idempotency key.
     */
    @Test
    @DisplayName("an update cannot change the idempotency key")
    default void keyIsFixed() {
        CaseSnapshot v1 = intake(sample("OC-7"));
        CaseSnapshot rekeyed = next(v1, "x").toBuilder().idempotencyKey("another-key").build();
        assertThatThrownBy(() -> cases().save(rekeyed, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cases().findById("OC-7")).contains(v1);
        assertThat(cases().findByIdempotencyKey("another-key")).isEmpty();
    }

    /**
     * Two writers racing on one version: exactly one wins, the loser's snapshot and audit entries are not stored.
     *
     * @throws Exception when the racing threads cannot be run
     */
    @Test
    @DisplayName("two writers racing on one version: exactly one wins, the loser's snapshot and audit entries are not stored")
    default void racingWriters() throws Exception {
        for (int round = 0; round < 10; round++) {
            String id = "OC-race-" + round;
            CaseSnapshot v1 = intake(sample(id));
            List<CaseSnapshot> candidates = List.of(next(v1, "writer A"), next(v1, "writer B"));
            List<Outcome<CaseSnapshot>> outcomes = race(2, i -> {
                CaseSnapshot mine = candidates.get(i);
                cases().save(mine, 1, List.of(audit(mine, "Writer" + i)));
                return mine;
            });
            List<CaseSnapshot> winners = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
            assertThat(winners).as("winners of round %d", round).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.ok()).singleElement()
                    .satisfies(o -> assertThat(o.error()).isInstanceOf(StaleVersionException.class));
            int w = candidates.indexOf(winners.get(0));
            assertThat(cases().findById(id)).contains(winners.get(0));
            assertThat(cases().auditTrail(id)).extracting(AuditEntry::command)
                    .containsExactly("Receive", "Writer" + w);
        }
    }
}
