package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaAlertLedger;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of delivered SLA alerts, {@code sla_alert_delivery}, keyed by the alert's identity.
 *
 * <p>Delivery happens inside the transaction that inserts the alert's row: a second instance that
 * tries the same key waits on the primary-key lock and then fails with a duplicate key, so it
 * never delivers; a delivery that throws rolls the row back, so a later scan tries again. Plain
 * SQL, the same on H2, PostgreSQL and MariaDB: the database's unique key is the only arbiter.
 *
 * <p>It is also the library's {@link SlaAlertLedger}: a host that uses {@code SlaMonitor.scan()}
 * with listeners plugs it in with {@code SlaMonitor.builder(…).ledger(ledger)}, and then each alert
 * fires on one instance only (marked before the listeners run, so a failing listener is not retried).
 *
 * <p>An {@code UNEVALUABLE} alert (a case whose clocks could not be evaluated) has no deadline; its row
 * records the day it was delivered in the {@code deadline} column, and its key names the reason code.
 */
public final class AlertDeliveryLedger implements SlaAlertLedger {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String instanceId;
    private final Clock clock;

    /**
     * @param jdbc       the shared database
     * @param tx         transactions on the same data source
     * @param instanceId this application instance, recorded with each delivery
     * @param clock      the time {@link #markFired} records
     */
    public AlertDeliveryLedger(JdbcTemplate jdbc, TransactionTemplate tx, String instanceId, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Delivers the alert unless any instance already has.
     *
     * @param alert the alert
     * @param sink  where to deliver it
     * @param now   the time recorded as the delivery time
     * @return {@code true} if this call delivered it, {@code false} if it had been delivered before
     */
    public boolean deliverOnce(SlaAlert alert, AlertSink sink, Instant now) {
        try {
            Boolean delivered = tx.execute(status -> {
                jdbc.update("insert into sla_alert_delivery (alert_key, complaint_id, department, sla_clock, sla_level,"
                                + " deadline, delivered_at, delivered_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        alert.key().asText(), alert.caseId(), alert.department(), alert.clock().name(),
                        alert.level().name(), deadlineColumn(alert.deadline(), now), Timestamp.from(now), instanceId);
                sink.deliver(alert);
                return Boolean.TRUE;
            });
            return Boolean.TRUE.equals(delivered);
        } catch (DuplicateKeyException alreadyDelivered) {
            return false;
        }
    }

    /**
     * Marks an alert as fired unless any instance already has (the library's ledger contract).
     *
     * @param key the alert's identity
     * @return {@code true} for the first mark, {@code false} afterwards
     */
    @Override
    public boolean markFired(SlaAlert.Key key) {
        try {
            jdbc.update("insert into sla_alert_delivery (alert_key, complaint_id, department, sla_clock, sla_level,"
                            + " deadline, delivered_at, delivered_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    key.asText(), key.caseId(), key.department(), key.clock().name(), key.level().name(),
                    deadlineColumn(key.deadline(), clock.instant()), Timestamp.from(clock.instant()), instanceId);
            return true;
        } catch (DuplicateKeyException alreadyFired) {
            return false;
        }
    }

    /** The deadline, or for an unevaluable alert (none) the day of delivery, in UTC. */
    private static java.sql.Date deadlineColumn(java.time.LocalDate deadline, Instant now) {
        return java.sql.Date.valueOf(deadline != null ? deadline : now.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** Whether an alert with this key has been delivered. */
    public boolean delivered(String key) {
        Integer n = jdbc.queryForObject("select count(*) from sla_alert_delivery where alert_key = ?", Integer.class, key);
        return n != null && n > 0;
    }

    /** How many alerts have been delivered, by all instances. */
    public int count() {
        Integer n = jdbc.queryForObject("select count(*) from sla_alert_delivery", Integer.class);
        return n == null ? 0 : n;
    }
}
