package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.tck.Races.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static dev.wuye.complaint.tck.Races.race;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency: N threads making M updates each through reload and retry lose nothing.
 */
public interface NoLostUpdatesContract extends StorageContract {

    /**
     * N threads x M updates: final version = N x M + 1, one audit entry per accepted update, every note kept.
     *
     * @throws Exception when the racing threads cannot be run
     */
    @Test
    @DisplayName("N threads x M updates: final version = N x M + 1, one audit entry per accepted update, every note kept")
    default void noLostUpdates() throws Exception {
        int updatesPerThread = 10;
        CaseSnapshot v1 = intake(sample("NL-1"));
        AtomicInteger conflicts = new AtomicInteger();
        List<Outcome<Integer>> outcomes = race(THREADS, t -> {
            for (int m = 0; m < updatesPerThread; m++) {
                while (true) {
                    CaseSnapshot current = cases().findById("NL-1").orElseThrow();
                    CaseSnapshot n = next(current, "t" + t + "-" + m);
                    try {
                        cases().save(n, current.version(), List.of(audit(n, "T" + t)));
                        break;
                    } catch (StaleVersionException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return updatesPerThread;
        });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("thread failed: %s", o.error()).isTrue());
        int accepted = THREADS * updatesPerThread;
        CaseSnapshot last = cases().findById("NL-1").orElseThrow();
        assertThat(last.version()).as("final version after %d conflicts were retried", conflicts.get())
                .isEqualTo(v1.version() + accepted);
        assertThat(cases().auditTrail("NL-1")).hasSize(1 + accepted)
                .extracting(AuditEntry::version).isSorted().doesNotHaveDuplicates();
        assertThat(last.notes()).hasSize(accepted).extracting(n -> n.text()).doesNotHaveDuplicates();
        Map<String, Long> perThread = cases().auditTrail("NL-1").stream().skip(1)
                .collect(Collectors.groupingBy(AuditEntry::command, Collectors.counting()));
        assertThat(perThread).hasSize(THREADS).allSatisfy((k, v) -> assertThat(v).isEqualTo(updatesPerThread));
    }
}
