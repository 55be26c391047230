package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.wuye.complaint.sla.Cases.at;
import static dev.wuye.complaint.sla.Cases.complaint;
import static dev.wuye.complaint.sla.Cases.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The desk's overdue/due-soon query and alerts a host subscribes to, each fired once. */
class SlaMonitorTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
    private final Clock clock = Clock.fixed(at("2025-03-12T09:00"), Cases.SHANGHAI);

    private void save(CaseSnapshot s) {
        storage.cases().save(s, 0, List.of());
    }

    private void seed() {
        save(complaint("a-overdue", "2025-03-05T10:00").build());          // due 3/10: overdue; updates not due soon before Thu
        save(complaint("b-due-soon", "2025-03-10T10:00").build());         // due 3/13: due soon on 3/12
        save(complaint("c-on-time", "2025-03-12T08:45").build());          // due 3/17
        save(complaint("d-closed", "2025-03-03T10:00").closedAt(at("2025-03-04T10:00")).state("CLOSED").build());
        save(complaint("e-follow-up", "2025-03-11T10:00")                  // completed 3/11: follow-up due 3/13
                .cycles(List.of(completed(1, "2025-03-11T16:00"))).build());
    }

    @Test
    @DisplayName("R-4.7.1 the desk query lists overdue and due-soon clocks of open cases only")
    void query() {
        seed();
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock).pageSize(2).build();
        SlaScan scan = monitor.query(clock.instant());
        assertThat(scan.casesScanned()).isEqualTo(4);
        assertThat(scan.alerts()).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level)
                .containsExactlyInAnyOrder(
                        tuple("a-overdue", SlaClock.TIME_LIMIT, SlaLevel.OVERDUE),
                        tuple("b-due-soon", SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON),
                        tuple("e-follow-up", SlaClock.FOLLOW_UP, SlaLevel.DUE_SOON));
        assertThat(scan.overdue()).extracting(SlaAlert::deadline).containsExactly(LocalDate.of(2025, 3, 10));
        assertThat(scan.problems()).isEmpty();
    }

    @Test
    @DisplayName("R-4.7.1 each alert reaches every subscriber exactly once, however often the host scans")
    void fired_once() {
        seed();
        List<SlaAlert> received = new ArrayList<>();
        List<SlaAlert> second = new ArrayList<>();
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock).listener(received::add).build();
        SlaMonitor.Subscription sub = monitor.subscribe(second::add);
        monitor.scan();
        monitor.scan();
        assertThat(received).hasSize(3);
        assertThat(second).hasSize(3);
        Set<SlaAlert.Key> keys = new HashSet<>();
        received.forEach(a -> assertThat(keys.add(a.key())).isTrue());

        sub.close();
        // next day: b is overdue now (a new level), a's overdue key is unchanged
        monitor.scan(at("2025-03-14T09:00"));
        assertThat(received).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level)
                .contains(tuple("b-due-soon", SlaClock.TIME_LIMIT, SlaLevel.OVERDUE),
                        tuple("a-overdue", SlaClock.CUSTOMER_UPDATES, SlaLevel.DUE_SOON));
        assertThat(received).filteredOn(a -> a.caseId().equals("a-overdue") && a.clock() == SlaClock.TIME_LIMIT)
                .hasSize(1);
        assertThat(second).as("unsubscribed").hasSize(3);
        assertThat(received).hasSizeGreaterThan(3);
    }

    @Test
    @DisplayName("a ledger shared by two monitors (as a database-backed one would be) fires each alert once overall")
    void pluggable_ledger() {
        seed();
        SlaAlertLedger shared = SlaAlertLedger.inMemory();
        List<SlaAlert> received = new ArrayList<>();
        SlaMonitor one = SlaMonitor.builder(storage, china, clock).ledger(shared).listener(received::add).build();
        SlaMonitor two = SlaMonitor.builder(storage, china, clock).ledger(shared).listener(received::add).build();
        one.scan();
        two.scan();
        assertThat(received).hasSize(3);
    }

    @Test
    @DisplayName("a failing listener does not stop the others, and its alerts are offered again at the next scan")
    void a_failing_listener_does_not_stop_the_others() {
        seed();
        List<SlaAlert> received = new ArrayList<>();
        List<SlaAlert> sent = new ArrayList<>();
        boolean[] gatewayDown = {true};
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock)
                .listener(a -> {
                    if (gatewayDown[0]) {
                        throw new IllegalStateException("SMS gateway down");
                    }
                    sent.add(a);
                })
                .listener(received::add).build();
        monitor.scan();
        assertThat(received).hasSize(3);
        assertThat(sent).isEmpty();
        gatewayDown[0] = false;
        monitor.scan();
        assertThat(sent).as("retried once the gateway is back").hasSize(3);
        monitor.scan();
        assertThat(sent).as("delivered, so not offered again").hasSize(3);
    }

    @Test
    @DisplayName("a case that cannot be evaluated is reported, not fatal to the scan")
    void problems_are_reported() {
        seed();
        save(complaint("f-bad-level", "2025-03-10T10:00").acceptingLevel("REGION").build());
        SlaScan scan = SlaMonitor.builder(storage, china, clock).build().scan();
        assertThat(scan.problems()).singleElement().asString().contains("f-bad-level").contains("REGION");
        assertThat(scan.alerts()).hasSize(3);
    }

    @Test
    @DisplayName("R-4.4.2d7 the scan alerts departments whose weekly review is due soon or overdue")
    void weekly_reviews() {
        List<SlaAlert> received = new ArrayList<>();
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock)
                .weeklyReviewDepartments(List.of("C01")).listener(received::add).build();
        monitor.scan(at("2025-03-13T10:00"));
        assertThat(received).extracting(SlaAlert::department, SlaAlert::clock, SlaAlert::level, SlaAlert::deadline)
                .containsExactlyInAnyOrder(
                        tuple("C01", SlaClock.WEEKLY_REVIEW, SlaLevel.OVERDUE, LocalDate.of(2025, 3, 9)),
                        tuple("C01", SlaClock.WEEKLY_REVIEW, SlaLevel.DUE_SOON, LocalDate.of(2025, 3, 16)));
    }
}
