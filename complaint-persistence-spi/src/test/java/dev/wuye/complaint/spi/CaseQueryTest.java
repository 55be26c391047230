package dev.wuye.complaint.spi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference semantics every store's {@code find} must follow. */
class CaseQueryTest {

    private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);
    private static final Instant CLOSED = Instant.parse("2025-03-10T04:00:00.000001Z");

    private static CaseSnapshot snapshot(String department, LocalDate accepted, Instant closedAt) {
        return CaseSnapshot.builder().id("C-1").version(1).idempotencyKey("k").state("RECEIVED")
                .channel("PHONE").customer(new CustomerData(null, null, null)).contentSummary("s")
                .recordedBy("S1").department(department).acceptingLevel("SERVICE_CENTRE")
                .receivedAt(CLOSED).acceptanceDate(accepted).followUpChannel("NONE").escalationLevel("HANDLER")
                .closedAt(closedAt).lastModifiedAt(CLOSED).build();
    }

    @Test
    @DisplayName("acceptedFrom is inclusive, acceptedBefore exclusive")
    void acceptanceBounds() {
        CaseQuery march = new CaseQuery(null, MAR_1, MAR_1.plusMonths(1), null, false);
        assertThat(march.matches(snapshot("C01", MAR_1, null))).isTrue();
        assertThat(march.matches(snapshot("C01", MAR_1.minusDays(1), null))).isFalse();
        assertThat(march.matches(snapshot("C01", MAR_1.plusMonths(1).minusDays(1), null))).isTrue();
        assertThat(march.matches(snapshot("C01", MAR_1.plusMonths(1), null))).isFalse();
    }

    @Test
    @DisplayName("activeSince keeps open cases and those closed at or after the instant")
    void activeSince() {
        CaseQuery q = new CaseQuery(null, null, null, CLOSED, false);
        assertThat(q.matches(snapshot("C01", MAR_1, null))).isTrue();
        assertThat(q.matches(snapshot("C01", MAR_1, CLOSED))).isTrue();
        assertThat(q.matches(snapshot("C01", MAR_1, CLOSED.minusNanos(1_000)))).isFalse();
    }

    @Test
    @DisplayName("department and openOnly combine with AND; all() matches everything")
    void departmentAndOpen() {
        CaseQuery openOfC01 = new CaseQuery("C01", null, null, null, true);
        assertThat(openOfC01.matches(snapshot("C01", MAR_1, null))).isTrue();
        assertThat(openOfC01.matches(snapshot("C01", MAR_1, CLOSED))).isFalse();
        assertThat(openOfC01.matches(snapshot("C02", MAR_1, null))).isFalse();
        assertThat(CaseQuery.all().matches(snapshot("GMD", MAR_1, CLOSED))).isTrue();
        assertThat(CaseQuery.open().matches(snapshot("GMD", MAR_1, CLOSED))).isFalse();
    }
}
