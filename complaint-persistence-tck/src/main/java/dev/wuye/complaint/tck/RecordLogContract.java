package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.tck.Races.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.wuye.complaint.tck.Races.race;
import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static dev.wuye.complaint.tck.Snapshots.CENTRE_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every record log of the SPI passes (visits, duty log, reviews, report submissions):
 * append is idempotent by id, also under racing appends, and {@code find} returns a department's records
 * of a date range in order. Each log's own contract says which log and how to build its records.
 *
 * @param <R> the record type
 */
public interface RecordLogContract<R> extends StorageContract {

    /**
     * The log under test.
     *
     * @return the log of {@link #storage()}
     */
    RecordLog<R> log();

    /**
     * A record of a department dated on a day, with a discriminating id.
     *
     * @param id          the record id
     * @param department  the department
     * @param day         the day the record belongs to
     * @param minuteOfDay the minute of that day, for records that carry a time
     * @return the record
     */
    R record(String id, String department, LocalDate day, int minuteOfDay);

    /**
     * The id of a record.
     *
     * @param record the record
     * @return its id
     */
    String idOf(R record);

    /**
     * Append is idempotent by id: the second append returns false and changes nothing.
     */
    @Test
    @DisplayName("append is idempotent by id: the second append returns false and changes nothing")
    default void idempotentAppend() {
        R first = record("L-1", CENTRE_1, LocalDate.of(2025, 3, 3), 600);
        R clash = record("L-1", CENTRE_2, LocalDate.of(2025, 3, 4), 601);
        assertThat(log().append(first)).isTrue();
        assertThat(log().append(clash)).isFalse();
        assertThat(log().append(first)).isFalse();
        assertThat(log().findById("L-1")).contains(first);
        assertThat(log().findById("L-2")).isEmpty();
        assertThat(log().find(null, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).containsExactly(first);
    }

    /**
     * Find returns the department's records in [from, to), oldest first, ties by id.
     */
    @Test
    @DisplayName("find returns the department's records in [from, to), oldest first, ties by id")
    default void findByDepartmentAndRange() {
        LocalDate mar1 = LocalDate.of(2025, 3, 1);
        R before = record("L-before", CENTRE_1, mar1.minusDays(1), 1439);
        R first = record("L-z-first", CENTRE_1, mar1, 0);
        R tieB = record("L-tie-b", CENTRE_1, mar1.plusDays(9), 720);
        R tieA = record("L-tie-a", CENTRE_1, mar1.plusDays(9), 720);
        R last = record("L-last", CENTRE_1, mar1.plusDays(30), 1439);
        R after = record("L-after", CENTRE_1, mar1.plusMonths(1), 0);
        R other = record("L-other", CENTRE_2, mar1.plusDays(3), 600);
        for (R r : List.of(after, tieB, other, last, before, tieA, first)) {
            assertThat(log().append(r)).isTrue();
        }
        List<R> found = log().find(CENTRE_1, mar1, mar1.plusMonths(1));
        List<R> expected = new ArrayList<>(List.of(first, tieA, tieB, last));
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(log().find(null, mar1, mar1.plusMonths(1))).hasSize(5).contains(other);
        assertThat(log().find(CENTRE_2, mar1, mar1.plusDays(3))).isEmpty();
        assertThat(log().find(CENTRE_1, mar1.plusMonths(1), mar1)).isEmpty();
    }

    /**
     * Concurrent appends of one id store exactly one record.
     *
     * @throws Exception when the racing threads cannot be run
     */
    @Test
    @DisplayName("concurrent appends of one id store exactly one record")
    default void racingAppends() throws Exception {
        List<Outcome<Boolean>> outcomes = race(THREADS,
                i -> log().append(record("L-race", "C0" + i, LocalDate.of(2025, 3, 3), 600 + i)));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("no append failed: %s", o.error()).isTrue());
        assertThat(outcomes.stream().filter(o -> o.value()).count()).isEqualTo(1);
        R stored = log().findById("L-race").orElseThrow();
        assertThat(idOf(stored)).isEqualTo("L-race");
    }
}
