package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.VisitRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * the visit log 《走访客户记录表》: the {@link RecordLogContract} checks on
 * {@link dev.wuye.complaint.spi.Storage#visits()}, and a visit keeps every field.
 */
public interface VisitLogContract extends RecordLogContract<VisitRecord> {

    @Override
    default RecordLog<VisitRecord> log() {
        return storage().visits();
    }

    @Override
    default VisitRecord record(String id, String department, LocalDate day, int minuteOfDay) {
        return Snapshots.visit(id, department, day);
    }

    @Override
    default String idOf(VisitRecord r) {
        return r.id();
    }

    /**
     * a visit keeps every field: customer, longest notes, opinion ids, nullable checker.
     */
    @Test
    @DisplayName("R-4.5.1 a visit keeps every field: customer, longest notes, opinion ids, nullable checker")
    default void everyField() {
        VisitRecord full = Snapshots.visit("V-1", CENTRE_1, LocalDate.of(2025, 3, 5));
        VisitRecord longest = new VisitRecord("V-2", "S003", CENTRE_1, LocalDate.of(2025, 3, 6),
                new dev.wuye.complaint.spi.CustomerData(null, null, null),
                Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH), List.of(), null);
        assertThat(log().append(full)).isTrue();
        assertThat(log().append(longest)).isTrue();
        assertThat(log().findById("V-1")).contains(full);
        assertThat(log().findById("V-2")).contains(longest);
    }
}
