package dev.wuye.complaint.examples.boot.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Health component {@code slaScan}: the age of the last successful SLA scan of the whole cluster (db-scheduler's
 * {@code scheduled_tasks.last_success} of {@value SlaSchedulingConfiguration#TASK_NAME}, whichever instance ran
 * it). {@code WARNING} when it is older than three scan intervals (or, before any scan succeeded, when this
 * instance has run that long without one): alerts are not going out and a person has to look; UP otherwise.
 * Details: {@code lastSuccess}, {@code age}, {@code maxAge}.
 */
public final class SlaScanFreshnessHealthIndicator implements HealthIndicator {

    /** The status of a scan that is overdue. */
    public static final Status WARNING = new Status("WARNING");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxAge;
    private final Instant started;

    /**
     * @param jdbc     the host's database (db-scheduler's table)
     * @param clock    the clock
     * @param interval the scan interval; the scan is overdue after three of them
     */
    public SlaScanFreshnessHealthIndicator(JdbcTemplate jdbc, Clock clock, Duration interval) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = interval.multipliedBy(3);
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        List<Timestamp> rows = jdbc.queryForList("select last_success from scheduled_tasks where task_name = ?",
                Timestamp.class, SlaSchedulingConfiguration.TASK_NAME);
        Instant last = rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toInstant();
        Instant now = clock.instant();
        Duration age = Duration.between(last == null ? started : last, now);
        Health.Builder health = age.compareTo(maxAge) > 0 ? Health.status(WARNING) : Health.up();
        health.withDetail("lastSuccess", last == null ? "none yet" : last.toString())
                .withDetail("age", age.toString()).withDetail("maxAge", maxAge.toString());
        if (age.compareTo(maxAge) > 0) {
            health.withDetail("warning", "no successful SLA scan for " + age + " (more than three intervals): "
                    + "alerts are not going out");
        }
        return health.build();
    }
}
