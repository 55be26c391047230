package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.lifecycle.LifecycleState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * a month (or quarter) is archived only after it has ended by the desk's clock,
 * so that a case closed late in the month still lands in that month's batch. Dates worked by hand:
 * May 2025 ends on Saturday 31 May; Q2 2025 ends on Monday 30 June.
 */
class ArchiveMonthEndScenariosTest extends DeskScenario {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final YearMonth MAY = YearMonth.of(2025, 5);

    /** Receives an inquiry at the given Shanghai time and answers it at another: closed then. */
    private String inquiryClosedAt(LocalDateTime received, LocalDateTime answered) {
        clock.set(received);
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        clock.set(answered);
        accept(new AnswerInquiry(RECEIVER, id, "已答复"));
        return id;
    }

    @Test
    @DisplayName("R-4.8.1 a month that has not ended is not archived (nothing stored); the month before is; after the month end every case closed in it is filed, the one closed on 25 May included")
    void monthIsArchivedOnlyAfterItEnds() {
        String april = inquiryClosedAt(LocalDateTime.of(2025, 4, 15, 10, 0), LocalDateTime.of(2025, 4, 15, 11, 0));
        String early = inquiryClosedAt(LocalDateTime.of(2025, 5, 6, 10, 0), LocalDateTime.of(2025, 5, 6, 11, 0));

        clock.set(LocalDateTime.of(2025, 5, 20, 10, 0));
        CommandResult.Rejected tooEarly = reject(new ArchiveMonth(RECEIVER, MAY));
        assertThat(tooEarly.ruleId()).isEqualTo("R-4.8.1");
        assertThat(tooEarly.rejection().messageKey()).isEqualTo("period.archiveBeforeEnd");
        assertThat(tooEarly.rejection().args()).containsExactly("2025-05", "2025-05-31",
                "2025-05-20");
        assertThat(storage.archives().find(C01, "2025-05", "MONTHLY")).isEmpty();
        assertThat(state(early)).isEqualTo(LifecycleState.CLOSED);
        assertThat(desk.auditTrail(early)).hasSize(3);

        ArchiveRun aprilRun = recorded(new ArchiveMonth(RECEIVER, APRIL), ArchiveRun.class);
        assertThat(aprilRun.filed()).containsExactly(april);
        assertThat(state(april)).isEqualTo(LifecycleState.FILED);

        String late = inquiryClosedAt(LocalDateTime.of(2025, 5, 23, 10, 0), LocalDateTime.of(2025, 5, 25, 10, 0));

        clock.set(LocalDateTime.of(2025, 5, 31, 23, 59));
        assertThat(reject(new ArchiveMonth(RECEIVER, MAY)).ruleId()).as("the last day is still May").isEqualTo("R-4.8.1");
        assertThat(storage.archives().find(C01, "2025-05", "MONTHLY")).isEmpty();

        clock.set(LocalDateTime.of(2025, 6, 2, 9, 0));
        ArchiveRun may = recorded(new ArchiveMonth(RECEIVER, MAY), ArchiveRun.class);
        assertThat(may.batches()).singleElement().satisfies(b -> {
            assertThat(b.period()).isEqualTo("2025-05");
            assertThat(b.caseIds()).containsExactlyInAnyOrder(early, late);
        });
        assertThat(may.filed()).containsExactlyInAnyOrder(early, late);
        assertThat(state(late)).isEqualTo(LifecycleState.FILED);
        assertThat(storage.archives().findAll(C01)).hasSize(2);
    }

    @Test
    @DisplayName("R-4.8.2 a quarter that has not ended is not archived: Q2 2025 is refused on 20 May and on 30 June, archived on 1 July")
    void quarterIsArchivedOnlyAfterItEnds() {
        String id = inquiryClosedAt(LocalDateTime.of(2025, 5, 6, 10, 0), LocalDateTime.of(2025, 5, 6, 11, 0));

        clock.set(LocalDateTime.of(2025, 5, 20, 10, 0));
        CommandResult.Rejected tooEarly = reject(new ArchiveQuarter(RECEIVER, 2025, 2));
        assertThat(tooEarly.ruleId()).isEqualTo("R-4.8.2");
        assertThat(tooEarly.rejection().messageKey()).isEqualTo("period.archiveBeforeEnd");
        assertThat(tooEarly.rejection().args()).containsExactly("2025-Q2", "2025-06-30",
                "2025-05-20");
        clock.set(LocalDateTime.of(2025, 6, 30, 17, 0));
        assertThat(reject(new ArchiveQuarter(RECEIVER, 2025, 2)).ruleId()).isEqualTo("R-4.8.2");
        assertThat(storage.archives().find(C01, "2025-Q2", "QUARTERLY")).isEmpty();

        clock.set(LocalDateTime.of(2025, 7, 1, 9, 0));
        ArchiveRun q2 = recorded(new ArchiveQuarter(RECEIVER, 2025, 2), ArchiveRun.class);
        assertThat(q2.filed()).containsExactly(id);
    }

    @Test
    @DisplayName("R-4.8.1 the month ends by the desk's zone: 31 May 20:00 UTC is already 1 June in Shanghai")
    void monthEndInTheDesksZone() {
        String id = inquiryClosedAt(LocalDateTime.of(2025, 5, 30, 10, 0), LocalDateTime.of(2025, 5, 30, 11, 0));
        clock.set(LocalDateTime.of(2025, 6, 1, 4, 0)); // Shanghai 04:00 = 31 May 20:00 UTC
        assertThat(recorded(new ArchiveMonth(RECEIVER, MAY), ArchiveRun.class).filed()).containsExactly(id);
    }
}
