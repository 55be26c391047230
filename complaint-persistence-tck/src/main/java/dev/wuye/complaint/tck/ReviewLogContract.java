package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReviewRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4.4.2d7 and reviews: the {@link RecordLogContract} checks on
 * {@link dev.wuye.complaint.spi.Storage#reviews()}, and a review keeps every field.
 */
public interface ReviewLogContract extends RecordLogContract<ReviewRecord> {

    @Override
    default RecordLog<ReviewRecord> log() {
        return storage().reviews();
    }

    @Override
    default ReviewRecord record(String id, String department, LocalDate day, int minuteOfDay) {
        return Snapshots.review(id, department, day);
    }

    @Override
    default String idOf(ReviewRecord r) {
        return r.id();
    }

    /**
     * A review keeps every field, with null remarks.
     */
    @Test
    @DisplayName("a review keeps every field, with null remarks")
    default void everyField() {
        ReviewRecord r = new ReviewRecord("RV-1", CENTRE_1, "S010", "MONTHLY_VISITS", LocalDate.of(2025, 3, 1),
                Snapshots.T0, 0, null);
        assertThat(log().append(r)).isTrue();
        assertThat(log().findById("RV-1")).contains(r);
    }
}
