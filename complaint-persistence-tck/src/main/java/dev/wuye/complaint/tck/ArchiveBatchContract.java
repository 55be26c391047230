package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.tck.Races.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static dev.wuye.complaint.tck.Races.race;
import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static dev.wuye.complaint.tck.Snapshots.GMD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * archive batches: stored once per department, period and kind (also under racing callers),
 * the GMD's company-level batch apart from the centres', ordered by period then kind.
 */
public interface ArchiveBatchContract extends StorageContract {

    /**
     * SaveIfAbsent stores a batch once; a second batch for the same department, period and kind returns the first.
     */
    @Test
    @DisplayName("saveIfAbsent stores a batch once; a second batch for the same department, period and kind returns the first")
    default void idempotent() {
        ArchiveBatch first = Snapshots.batch("AB-1", CENTRE_1, "2025-03", "MONTHLY", List.of("A-2", "A-1"));
        ArchiveBatch second = Snapshots.batch("AB-2", CENTRE_1, "2025-03", "MONTHLY", List.of("A-3"));
        assertThat(storage().archives().saveIfAbsent(first)).isEqualTo(first);
        assertThat(storage().archives().saveIfAbsent(second)).isEqualTo(first);
        assertThat(storage().archives().find(CENTRE_1, "2025-03", "MONTHLY")).contains(first);
        assertThat(storage().archives().find(CENTRE_1, "2025-04", "MONTHLY")).isEmpty();
        assertThat(storage().archives().findAll(CENTRE_1)).containsExactly(first);
    }

    /**
     * company-level records are archived in the GMD's own batch, apart from the centres'.
     */
    @Test
    @DisplayName("R-4.8.4 company-level records are archived in the GMD's own batch, apart from the centres'")
    default void gmdBatch() {
        ArchiveBatch centre = Snapshots.batch("AB-C", CENTRE_1, "2025-03", "MONTHLY", List.of("C-1"));
        ArchiveBatch gmd = Snapshots.batch("AB-G", GMD, "2025-03", "MONTHLY", List.of("G-1", "G-2"));
        storage().archives().saveIfAbsent(centre);
        storage().archives().saveIfAbsent(gmd);
        assertThat(storage().archives().findAll(GMD)).containsExactly(gmd);
        assertThat(storage().archives().find(GMD, "2025-03", "MONTHLY")).get()
                .extracting(ArchiveBatch::caseIds).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactly("G-1", "G-2");
        assertThat(storage().archives().findAll(null)).containsExactlyInAnyOrder(centre, gmd);
    }

    /**
     * FindAll orders by period then kind; a batch keeps hundreds of case ids in order and a null manifest.
     */
    @Test
    @DisplayName("findAll orders by period then kind; a batch keeps hundreds of case ids in order and a null manifest")
    default void orderAndSize() {
        List<String> many = IntStream.range(0, 500).mapToObj(i -> String.format("CASE-%04d", 499 - i)).toList();
        ArchiveBatch q1 = Snapshots.batch("AB-q1", CENTRE_1, "2025-Q1", "QUARTERLY", many);
        ArchiveBatch mar = new ArchiveBatch("AB-mar", CENTRE_1, "2025-03", "MONTHLY", "S002", Snapshots.T0,
                List.of(), null);
        ArchiveBatch jan = Snapshots.batch("AB-jan", CENTRE_1, "2025-01", "MONTHLY", List.of("X"));
        for (ArchiveBatch b : List.of(q1, mar, jan)) {
            storage().archives().saveIfAbsent(b);
        }
        assertThat(storage().archives().findAll(CENTRE_1)).containsExactly(jan, mar, q1);
        assertThat(storage().archives().find(CENTRE_1, "2025-Q1", "QUARTERLY")).contains(q1);
    }

    /**
     * Concurrent callers for one period all get the same batch.
     *
     * @throws Exception when the racing threads cannot be run
     */
    @Test
    @DisplayName("concurrent callers for one period all get the same batch")
    default void racingArchivers() throws Exception {
        List<Outcome<ArchiveBatch>> outcomes = race(THREADS, i -> storage().archives().saveIfAbsent(
                Snapshots.batch("AB-race-" + i, GMD, "2025-03", "MONTHLY", List.of("G-" + i))));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("no call failed: %s", o.error()).isTrue());
        ArchiveBatch stored = storage().archives().find(GMD, "2025-03", "MONTHLY").orElseThrow();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.value()).isEqualTo(stored));
        assertThat(storage().archives().findAll(GMD)).containsExactly(stored);
    }
}
