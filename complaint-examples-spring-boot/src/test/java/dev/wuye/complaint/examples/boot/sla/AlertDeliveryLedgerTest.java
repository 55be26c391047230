package dev.wuye.complaint.examples.boot.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.UnevaluableReason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery ledger on its own table (H2, the host's own migration): each alert delivered once. */
class AlertDeliveryLedgerTest {

    static final Instant NOW = Instant.parse("2025-03-14T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final SlaAlert OVERDUE = new SlaAlert("CASE1", "C01", SlaClock.TIME_LIMIT, SlaLevel.OVERDUE,
            LocalDate.of(2025, 3, 13), Instant.parse("2025-03-13T09:30:00Z"), NOW);

    JdbcTemplate jdbc;
    TransactionTemplate tx;

    @BeforeEach
    void database() {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/boot/h2").load().migrate();
        jdbc = new JdbcTemplate(ds);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    @Test
    @DisplayName("R-4.7.1 an alert is delivered the first time only")
    void deliveredOnce() {
        AlertDeliveryLedger ledger = new AlertDeliveryLedger(jdbc, tx, "a", CLOCK);
        List<SlaAlert> sink = new ArrayList<>();
        assertThat(ledger.deliverOnce(OVERDUE, sink::add, NOW)).isTrue();
        assertThat(ledger.deliverOnce(OVERDUE, sink::add, NOW.plusSeconds(60))).isFalse();
        assertThat(new AlertDeliveryLedger(jdbc, tx, "b", CLOCK).deliverOnce(OVERDUE, sink::add, NOW)).isFalse();
        assertThat(sink).containsExactly(OVERDUE);
        assertThat(ledger.delivered(OVERDUE.key().asText())).isTrue();
    }

    @Test
    @DisplayName("A delivery that fails is rolled back and delivered by a later scan")
    void failedDeliveryIsRetried() {
        AlertDeliveryLedger ledger = new AlertDeliveryLedger(jdbc, tx, "a", CLOCK);
        assertThatThrownBy(() -> ledger.deliverOnce(OVERDUE, alert -> {
            throw new IllegalStateException("the chat bot is down");
        }, NOW)).hasMessageContaining("chat bot");
        assertThat(ledger.delivered(OVERDUE.key().asText())).isFalse();

        List<SlaAlert> sink = new ArrayList<>();
        assertThat(ledger.deliverOnce(OVERDUE, sink::add, NOW.plusSeconds(300))).isTrue();
        assertThat(sink).containsExactly(OVERDUE);
    }

    @Test
    @DisplayName("R-4.7.1 as the library's SlaAlertLedger: the first mark wins, on any instance, and a marked alert is not delivered again")
    void markFiredIsTheLibraryLedger() {
        AlertDeliveryLedger a = new AlertDeliveryLedger(jdbc, tx, "a", CLOCK);
        AlertDeliveryLedger b = new AlertDeliveryLedger(jdbc, tx, "b", CLOCK);
        assertThat(a.markFired(OVERDUE.key())).isTrue();
        assertThat(b.markFired(OVERDUE.key())).isFalse();
        assertThat(a.markFired(OVERDUE.key())).isFalse();
        List<SlaAlert> sink = new ArrayList<>();
        assertThat(b.deliverOnce(OVERDUE, sink::add, NOW)).isFalse();
        assertThat(sink).isEmpty();
    }

    @Test
    @DisplayName("Another level or deadline of the same case is another event")
    void otherEventsAreDeliveredToo() {
        AlertDeliveryLedger ledger = new AlertDeliveryLedger(jdbc, tx, "a", CLOCK);
        SlaAlert dueSoon = new SlaAlert("CASE1", "C01", SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON,
                LocalDate.of(2025, 3, 13), Instant.parse("2025-03-13T09:30:00Z"), NOW);
        assertThat(ledger.deliverOnce(dueSoon, a -> { }, NOW)).isTrue();
        assertThat(ledger.deliverOnce(OVERDUE, a -> { }, NOW)).isTrue();
        assertThat(ledger.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-4.7.1 a case whose clocks cannot be evaluated is delivered once per reason, like any alert")
    void unevaluableCaseIsDeliveredOnce() {
        AlertDeliveryLedger ledger = new AlertDeliveryLedger(jdbc, tx, "a", CLOCK);
        SlaAlert bad = SlaAlert.unevaluable("CASE9", "C01",
                new UnevaluableReason("UnknownYearException:1900", "no holiday data for 1900"), NOW);
        List<SlaAlert> sink = new ArrayList<>();
        assertThat(ledger.deliverOnce(bad, sink::add, NOW)).isTrue();
        assertThat(ledger.deliverOnce(bad, sink::add, NOW.plusSeconds(3600))).isFalse();
        assertThat(new AlertDeliveryLedger(jdbc, tx, "b", CLOCK).markFired(bad.key())).isFalse();
        assertThat(sink).containsExactly(bad);
        assertThat(ledger.delivered("CASE9|C01|TIME_LIMIT|UNEVALUABLE|UnknownYearException:1900")).isTrue();
        SlaAlert other = SlaAlert.unevaluable("CASE9", "C01", new UnevaluableReason("IllegalArgumentException", "x"), NOW);
        assertThat(ledger.markFired(other.key())).as("another reason is another event").isTrue();
    }

    @Test
    @DisplayName("R-4.7.1 eight concurrent deliveries of one alert from two instances: exactly one reaches a sink")
    void concurrentDeliveriesDeliverOnce() throws Exception {
        List<String> deliveredBy = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String instance = i % 2 == 0 ? "a" : "b";
            AlertDeliveryLedger ledger = new AlertDeliveryLedger(jdbc, tx, instance, CLOCK);
            results.add(pool.submit(() -> {
                go.await();
                return ledger.deliverOnce(OVERDUE, alert -> deliveredBy.add(instance), NOW);
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            if (f.get(30, TimeUnit.SECONDS)) {
                won++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(deliveredBy).hasSize(1);
        assertThat(jdbc.queryForObject("select delivered_by from sla_alert_delivery", String.class))
                .isEqualTo(deliveredBy.get(0));
    }
}
