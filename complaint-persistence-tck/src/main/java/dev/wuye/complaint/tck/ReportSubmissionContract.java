package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.wuye.complaint.tck.Snapshots.GMD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * report submissions: the {@link RecordLogContract} checks on
 * {@link dev.wuye.complaint.spi.Storage#submissions()}, and a submission keeps the longest summary.
 */
public interface ReportSubmissionContract extends RecordLogContract<ReportSubmission> {

    @Override
    default RecordLog<ReportSubmission> log() {
        return storage().submissions();
    }

    @Override
    default ReportSubmission record(String id, String department, LocalDate day, int minuteOfDay) {
        return Snapshots.submission(id, department, day.atStartOfDay(storage().zone()).plusMinutes(minuteOfDay)
                .plusNanos(1_000).toInstant());
    }

    @Override
    default String idOf(ReportSubmission r) {
        return r.id();
    }

    /**
     * A submission keeps the longest summary.
     */
    @Test
    @DisplayName("a submission keeps the longest summary")
    default void everyField() {
        ReportSubmission s = new ReportSubmission("RS-1", GMD, "2025-Q1", "QUARTERLY_SUMMARY",
                Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH), "S020", Snapshots.T0);
        assertThat(log().append(s)).isTrue();
        assertThat(log().findById("RS-1")).contains(s);
    }
}
