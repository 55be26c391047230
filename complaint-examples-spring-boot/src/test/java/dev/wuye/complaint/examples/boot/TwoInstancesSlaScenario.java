package dev.wuye.complaint.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wuye.complaint.examples.boot.Api.Answer;
import dev.wuye.complaint.examples.boot.sla.AlertDeliveryLedger;
import dev.wuye.complaint.examples.boot.sla.AlertSink;
import dev.wuye.complaint.examples.boot.sla.SlaScanJob;
import dev.wuye.complaint.examples.boot.sla.SlaSchedulingConfiguration;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one database, each with its own db-scheduler and its own
 * alert sink: the recurring SLA scan runs on both, yet every due-soon or overdue event reaches
 * exactly one sink once. Subclasses name the database (H2 file, PostgreSQL, MariaDB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesSlaScenario {

    /** Monday 10 March 2025, 10:00 in Shanghai. */
    static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0);
    /** Both instances read this clock, as two hosts read one time. */
    static final MutableClock CLOCK = new MutableClock(MONDAY_10_AM);

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    /**
     * The arguments that point an instance at the shared database (data source URL, profile …).
     *
     * @return command-line arguments
     */
    abstract List<String> databaseArguments();

    /** What differs per instance: its sink, and the shared clock. */
    @Configuration(proxyBeanMethods = false)
    static class Instance {
        @Bean
        @Primary
        MutableClock sharedClock() {
            return CLOCK;
        }

        @Bean
        @Primary
        AlertSink recordingSink(org.springframework.core.env.Environment env) {
            return new RecordingAlertSink(env.getProperty("wuye.instance-id"));
        }
    }

    ConfigurableApplicationContext start(String instance) {
        // Command-line arguments: they override application.yml, as on a real host.
        List<String> args = new ArrayList<>(databaseArguments());
        args.addAll(List.of(
                "--server.port=0",
                "--wuye.instance-id=" + instance,
                "--db-scheduler.scheduler-name=" + instance,
                "--db-scheduler.polling-interval=200ms",
                "--db-scheduler.threads=2",
                "--wuye.complaint.sla.scan-interval=PT0.5S"));
        return new SpringApplicationBuilder(ComplaintServiceApplication.class, Instance.class)
                .run(args.toArray(String[]::new));
    }

    @BeforeAll
    void startTwoInstances() {
        a = start("instance-a");
        b = start("instance-b");
    }

    @AfterAll
    void stop() {
        Stream.of(a, b).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
    }

    static int port(ConfigurableApplicationContext c) {
        return ((WebServerApplicationContext) c).getWebServer().getPort();
    }

    static List<SlaAlert> delivered(ConfigurableApplicationContext c) {
        return ((RecordingAlertSink) c.getBean(AlertSink.class)).delivered;
    }

    List<SlaAlert> allDelivered() {
        List<SlaAlert> all = new ArrayList<>(delivered(a));
        all.addAll(delivered(b));
        return all;
    }

    @Test
    @DisplayName("R-4.7.1 an overdue valid complaint is alerted once although two instances scan the shared database")
    void twoInstancesDeliverEachEventOnce() throws Exception {
        CLOCK.set(MONDAY_10_AM);
        // The case enters through instance A and is classified through instance B: one database.
        Api viaA = new Api(port(a));
        Api viaB = new Api(port(b));
        Answer created = viaA.post("/api/complaints", Api.RECEIVER, "en", ComplaintApiIntegrationTest.opinion("电梯停运"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        Answer classified = viaB.post("/api/complaints/" + id + "/classify", Api.RECEIVER, "en",
                Map.of("type", "COMPLAINT", "ground", "STAFF_ATTITUDE", "category", "STAFF_ATTITUDE", "major", false));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);

        // Accepted Monday 10 March: the 3-working-day limit ends Thursday 13 March; Friday it is overdue.
        CLOCK.set(LocalDateTime.of(2025, 3, 14, 10, 0));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(allDelivered()).anySatisfy(alert -> {
                    assertThat(alert.caseId()).isEqualTo(id);
                    assertThat(alert.clock()).isEqualTo(SlaClock.TIME_LIMIT);
                    assertThat(alert.level()).isEqualTo(SlaLevel.OVERDUE);
                }));
        // The overdue case is listed by the API of either instance too.
        assertThat(viaB.getList("/api/sla/overdue", Api.RECEIVER)).anySatisfy(o -> assertThat(o.get("caseId")).isEqualTo(id));
        // 2025 has its official holiday notice: the deadline is not provisional, and every case was evaluated.
        assertThat(viaB.getList("/api/sla/overdue", Api.RECEIVER)).filteredOn(o -> id.equals(o.get("caseId")))
                .allSatisfy(o -> {
                    assertThat(o.get("provisional")).isEqualTo(false);
                    assertThat(o.get("provisionalYears")).isEqualTo(List.of());
                });
        Answer sla = viaB.get("/api/sla", Api.RECEIVER, "en");
        assertThat(sla.body()).containsEntry("unevaluableCases", 0).containsEntry("provisional", false);

        // Let the recurring task run several more times, on whichever instance picks it …
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long runsBefore = successes(jdbc);
        await().atMost(Duration.ofSeconds(60)).until(() -> successes(jdbc) >= runsBefore + 3);
        // … and both instances scan by hand at the same moment, many times.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SlaScanJob.Result>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SlaScanJob job = (i % 2 == 0 ? a : b).getBean(SlaScanJob.class);
            runs.add(pool.submit(() -> {
                go.await();
                return job.runOnce();
            }));
        }
        go.countDown();
        int deliveredByHand = 0;
        for (Future<SlaScanJob.Result> r : runs) {
            SlaScanJob.Result result = r.get(60, TimeUnit.SECONDS);
            assertThat(result.found()).isPositive();
            deliveredByHand += result.delivered();
        }
        pool.shutdown();

        List<SlaAlert> all = allDelivered();
        Map<SlaAlert.Key, Long> perKey = all.stream().collect(Collectors.groupingBy(SlaAlert::key, Collectors.counting()));
        assertThat(perKey).as("deliveries per event").allSatisfy((key, n) -> assertThat(n).as(key.asText()).isEqualTo(1L));
        assertThat(deliveredByHand).as("the events were delivered before the manual scans").isZero();
        assertThat(a.getBean(AlertDeliveryLedger.class).count()).isEqualTo(perKey.size());
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                SlaSchedulingConfiguration.TASK_NAME)).as("one recurring task row shared by both instances").isEqualTo(1);
    }

    private static long successes(JdbcTemplate jdbc) {
        // db-scheduler bumps "version" each time an instance picks and completes the recurring execution.
        Long v = jdbc.queryForObject("select max(version) from scheduled_tasks where task_name = ?", Long.class,
                SlaSchedulingConfiguration.TASK_NAME);
        return v == null ? 0 : v;
    }

}
