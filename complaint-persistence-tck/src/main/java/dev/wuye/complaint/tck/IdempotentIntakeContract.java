package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.tck.Races.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.wuye.complaint.tck.Races.race;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Idempotent intake: one idempotency key, one case, also under racing inserts; a taken id is a duplicate.
 */
public interface IdempotentIntakeContract extends StorageContract {

    /**
     * The same key twice yields one case and DuplicateIntakeException.
     */
    @Test
    @DisplayName("the same key twice yields one case and DuplicateIntakeException")
    default void sameKeyTwice() {
        CaseSnapshot first = intake(sample("II-1"));
        CaseSnapshot again = sample("II-2").toBuilder().idempotencyKey("key-II-1").build();
        assertThatThrownBy(() -> cases().save(again, 0, List.of(audit(again, "Receive"))))
                .isInstanceOfSatisfying(DuplicateIntakeException.class,
                        e -> assertThat(e.idempotencyKey()).isEqualTo("key-II-1"));
        assertThat(cases().findByIdempotencyKey("key-II-1")).contains(first);
        assertThat(cases().findById("II-2")).isEmpty();
        assertThat(cases().auditTrail("II-2")).isEmpty();
        assertThat(cases().find(CaseQuery.all(), null, 10).items()).containsExactly(first);
    }

    /**
     * A new case with a taken id is a duplicate; the stored case is untouched.
     */
    @Test
    @DisplayName("a new case with a taken id is a duplicate; the stored case is untouched")
    default void sameIdTwice() {
        CaseSnapshot first = intake(sample("II-3"));
        CaseSnapshot clash = sample("II-3").toBuilder().idempotencyKey("other-key").contentSummary("x").build();
        assertThatThrownBy(() -> cases().save(clash, 0, List.of(audit(clash, "Receive"))))
                .isInstanceOf(DuplicateIntakeException.class);
        assertThat(cases().findById("II-3")).contains(first);
        assertThat(cases().findByIdempotencyKey("other-key")).isEmpty();
        assertThat(cases().auditTrail("II-3")).hasSize(1);
    }

    /**
     * Concurrent intakes of one key make exactly one case.
     *
     * @throws Exception when the racing threads cannot be run
     */
    @Test
    @DisplayName("concurrent intakes of one key make exactly one case")
    default void racingIntakes() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "racing-key-" + round;
            int r = round;
            List<Outcome<CaseSnapshot>> outcomes = race(THREADS, i -> {
                CaseSnapshot s = sample("II-race-" + r + "-" + i).toBuilder().idempotencyKey(key).build();
                cases().save(s, 0, List.of(audit(s, "Receive")));
                return s;
            });
            List<CaseSnapshot> created = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
            assertThat(created).as("cases created in round %d", round).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.ok())
                    .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DuplicateIntakeException.class));
            assertThat(cases().findByIdempotencyKey(key)).contains(created.get(0));
            for (int i = 0; i < THREADS; i++) {
                String id = "II-race-" + r + "-" + i;
                assertThat(cases().auditTrail(id)).hasSize(id.equals(created.get(0).id()) ? 1 : 0);
            }
        }
        assertThat(cases().find(CaseQuery.all(), null, 100).items()).hasSize(5);
    }
}
