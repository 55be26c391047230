package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.store.InMemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.wuye.complaint.sla.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;

/** R-4.4.2d7: each department head reviews the department's handling forms weekly. */
class WeeklyReviewTrackerTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
    private final InMemoryStorage storage = new InMemoryStorage();
    private final WeeklyReviewTracker tracker = new WeeklyReviewTracker(storage.reviews(),
            new SlaCalculator(china, SlaPolicy.defaults(), OfficeHours.defaults()));
    private static final LocalDate WEEK = LocalDate.of(2025, 3, 10);

    private void review(String id, String department, String kind, LocalDate week, String at) {
        storage.reviews().append(new ReviewRecord(id, department, "head-" + department, kind, week, at(at), 12, null));
    }

    @Test
    @DisplayName("R-4.4.2d7 a week's review is due by its Sunday; due soon from the last working days, overdue after")
    void not_done() {
        assertThat(tracker.deadline(LocalDate.of(2025, 3, 12))).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(tracker.status("C01", WEEK, at("2025-03-11T10:00")).level()).isEqualTo(SlaLevel.ON_TIME);
        assertThat(tracker.status("C01", WEEK, at("2025-03-13T10:00")).level()).isEqualTo(SlaLevel.DUE_SOON);
        WeeklyReviewStatus late = tracker.status("C01", WEEK.plusDays(3), at("2025-03-17T10:00"));
        assertThat(late.level()).isEqualTo(SlaLevel.OVERDUE);
        assertThat(late.done()).isFalse();
        assertThat(late.weekStart()).isEqualTo(WEEK);
    }

    @Test
    @DisplayName("R-4.4.2d7 a review recorded in the week makes it done; other departments and kinds do not count")
    void done_in_time() {
        review("rv1", "C02", "WEEKLY_FORMS", WEEK, "2025-03-14T16:00");
        review("rv2", "C01", "MONTHLY_VISITS", WEEK, "2025-03-14T16:00");
        assertThat(tracker.status("C01", WEEK, at("2025-03-17T10:00")).level()).isEqualTo(SlaLevel.OVERDUE);
        review("rv3", "C01", "WEEKLY_FORMS", WEEK, "2025-03-14T16:00");
        WeeklyReviewStatus st = tracker.status("C01", WEEK, at("2025-03-17T10:00"));
        assertThat(st.done()).isTrue();
        assertThat(st.level()).isEqualTo(SlaLevel.ON_TIME);
        assertThat(st.reviewRecord()).map(ReviewRecord::id).contains("rv3");
    }

    @Test
    @DisplayName("R-4.4.2d7 a review done after the deadline is done but late; a grace period is configurable")
    void done_late_and_grace() {
        review("rv1", "C01", "WEEKLY_FORMS", WEEK, "2025-03-17T09:00");
        assertThat(tracker.status("C01", WEEK, at("2025-03-18T10:00")).level()).isEqualTo(SlaLevel.OVERDUE);
        WeeklyReviewTracker lenient = new WeeklyReviewTracker(storage.reviews(), new SlaCalculator(china,
                SlaPolicy.builder().weeklyReviewGraceWorkingDays(1).build(), OfficeHours.defaults()));
        assertThat(lenient.deadline(WEEK)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(lenient.status("C01", WEEK, at("2025-03-18T10:00")).level()).isEqualTo(SlaLevel.ON_TIME);
    }
}
