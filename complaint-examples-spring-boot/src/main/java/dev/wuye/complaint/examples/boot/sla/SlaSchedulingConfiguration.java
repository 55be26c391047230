package dev.wuye.complaint.examples.boot.sla;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.wuye.complaint.boot.sla.SlaScanRecorder;
import dev.wuye.complaint.sla.SlaMonitor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the SLA scan: a db-scheduler {@link RecurringTask} named {@value #TASK_NAME} (the starter's own
 * scan is off: {@code wuye.complaint.sla.scan-enabled=false}), reporting to the starter's
 * {@link SlaScanRecorder} so that its health indicator and metrics see each scan. db-scheduler
 * keeps one row per task in {@code scheduled_tasks}; whichever instance first picks the due
 * execution (an optimistic UPDATE) runs it, the others skip it. An execution whose instance died (its
 * heartbeat stale for {@code db-scheduler.heartbeat-interval} × {@code db-scheduler.missed-heartbeats-limit},
 * 5 s × 4 in {@code application.yml}) is taken as dead and run again within about 40 s — well within two
 * scan intervals. {@link SlaScanFreshnessHealthIndicator} watches the age of the last successful scan.
 */
@Configuration(proxyBeanMethods = false)
public class SlaSchedulingConfiguration {

    /** The recurring task's name in {@code scheduled_tasks}. */
    public static final String TASK_NAME = "wuye-sla-scan";

    /** Logs alerts; declare your own {@link AlertSink} bean to send them somewhere. */
    @Bean
    @ConditionalOnMissingBean
    public AlertSink alertSink() {
        return new LoggingAlertSink();
    }

    /** The delivered-alerts table. */
    @Bean
    public AlertDeliveryLedger alertDeliveryLedger(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                                                   @Value("${wuye.instance-id:}") String instanceId) {
        return new AlertDeliveryLedger(jdbc, tx, instanceId.isBlank() ? defaultInstanceId() : instanceId, clock);
    }

    /** One scan run. */
    @Bean
    public SlaScanJob slaScanJob(SlaMonitor monitor, AlertDeliveryLedger ledger, AlertSink sink, Clock clock,
                                 SlaScanRecorder recorder) {
        return new SlaScanJob(monitor, ledger, sink, clock, recorder);
    }

    /** The recurring task db-scheduler runs on one instance at a time. */
    @Bean
    public RecurringTask<Void> slaScanTask(SlaScanJob job,
                                           @Value("${wuye.complaint.sla.scan-interval:PT5M}") Duration interval) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(interval)).execute((instance, context) -> job.runOnce());
    }

    /**
     * Health component {@code slaScan}: WARNING when the cluster's last successful scan is older than three
     * intervals.
     */
    @Bean
    public SlaScanFreshnessHealthIndicator slaScanHealthIndicator(JdbcTemplate jdbc, Clock clock,
            @Value("${wuye.complaint.sla.scan-interval:PT5M}") Duration interval) {
        return new SlaScanFreshnessHealthIndicator(jdbc, clock, interval);
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
