package dev.wuye.complaint.examples.boot.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-4.7 (the SLA alerts) keep going when the instance running a scan dies mid-run: what such an instance
 * leaves behind is planted in db-scheduler's table — the scan's execution {@code picked} by an instance whose
 * heartbeat stopped an hour ago — and the scan must run again within two scan intervals. With the host's
 * settings scaled down (interval 6 s, heartbeat 1 s, 4 missed heartbeats, db-scheduler's least) the execution
 * counts as dead after 4 s and is revived at the next dead-execution check (every two heartbeats). The {@code slaScan} health component says WARNING
 * when the last successful scan is older than three intervals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:dead-scan;DB_CLOSE_DELAY=-1",
        "wuye.complaint.sla.scan-interval=PT6S",
        "db-scheduler.heartbeat-interval=1s",
        "db-scheduler.missed-heartbeats-limit=4",
        "db-scheduler.polling-interval=500ms"})
class DeadScanRecoveryTest {

    static final Duration INTERVAL = Duration.ofSeconds(6);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SlaScanFreshnessHealthIndicator health;

    @Test
    @DisplayName("R-4.7 a scan left picked by a dead instance is run again within two scan intervals")
    void deadExecutionIsRevivedWithinTwoIntervals() {
        await().atMost(INTERVAL.multipliedBy(3)).until(() -> lastSuccess() != null);
        await().atMost(INTERVAL.multipliedBy(2)).until(() -> !picked());

        Instant planted = Instant.now();
        int rows = jdbc.update("update scheduled_tasks set picked = true, picked_by = 'dead-instance', "
                + "last_heartbeat = ?, execution_time = ?, version = version + 1 where task_name = ? and picked = false",
                Timestamp.from(planted.minus(Duration.ofHours(1))), Timestamp.from(planted.minusSeconds(1)),
                SlaSchedulingConfiguration.TASK_NAME);
        assertThat(rows).as("the scan's execution, picked by a dead instance").isEqualTo(1);

        await().atMost(INTERVAL.multipliedBy(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> lastSuccess() != null && lastSuccess().isAfter(planted));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    @DisplayName("R-4.7 the slaScan health is WARNING once the last successful scan is older than three intervals")
    void staleScanIsAWarning() {
        await().atMost(INTERVAL.multipliedBy(3)).until(() -> lastSuccess() != null);
        Clock fourIntervalsLater = Clock.offset(Clock.systemUTC(), INTERVAL.multipliedBy(4));
        SlaScanFreshnessHealthIndicator later = new SlaScanFreshnessHealthIndicator(jdbc, fourIntervalsLater, INTERVAL);

        assertThat(later.health().getStatus()).isEqualTo(SlaScanFreshnessHealthIndicator.WARNING);
        assertThat(later.health().getDetails()).containsEntry("maxAge", "PT18S").containsKey("warning");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private Instant lastSuccess() {
        Timestamp t = jdbc.queryForObject("select max(last_success) from scheduled_tasks where task_name = ?",
                Timestamp.class, SlaSchedulingConfiguration.TASK_NAME);
        return t == null ? null : t.toInstant();
    }

    private boolean picked() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select max(case when picked then 1 else 0 end) = 1 "
                + "from scheduled_tasks where task_name = ?", Boolean.class, SlaSchedulingConfiguration.TASK_NAME));
    }
}
