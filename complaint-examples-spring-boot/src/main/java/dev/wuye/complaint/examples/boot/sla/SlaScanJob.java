package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.boot.sla.SlaScanRecorder;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaScan;
import dev.wuye.complaint.sla.SlaMonitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the SLA scan: scan, then deliver each alert through the {@link AlertDeliveryLedger}
 * so that it is delivered once across all instances. db-scheduler calls {@link #runOnce()} on one
 * instance per execution; the ledger also covers two scans that overlap anyway (a manual run, a
 * dead instance's execution picked up again).
 */
public final class SlaScanJob {

    private static final Logger LOG = LoggerFactory.getLogger(SlaScanJob.class);

    private final SlaMonitor monitor;
    private final AlertDeliveryLedger ledger;
    private final AlertSink sink;
    private final Clock clock;
    private final SlaScanRecorder recorder;

    /**
     * @param monitor the library's SLA monitor; only its side-effect-free {@code query} is used
     * @param ledger  remembers which were delivered
     * @param sink    delivers them
     * @param clock    the time of the scan
     * @param recorder the starter's recorder, told of each scan and each delivered alert (health, metrics)
     */
    public SlaScanJob(SlaMonitor monitor, AlertDeliveryLedger ledger, AlertSink sink, Clock clock,
                      SlaScanRecorder recorder) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * What one run found and delivered.
     *
     * @param found     alerts that hold now
     * @param delivered alerts this run delivered (the rest had been delivered before)
     */
    public record Result(int found, int delivered) {
    }

    /**
     * Scans now and delivers what no instance delivered before: the due-soon and overdue clocks and the
     * cases whose clocks could not be evaluated ({@code UNEVALUABLE}), alike.
     */
    public Result runOnce() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        int found = 0;
        int delivered = 0;
        SlaScan scan = monitor.query(now);
        for (SlaAlert alert : scan.allAlerts()) {
            found++;
            if (ledger.deliverOnce(alert, sink, now)) {
                delivered++;
                recorder.recordAlert(alert);
            }
        }
        recorder.recordScan(scan, Duration.ofNanos(System.nanoTime() - started));
        LOG.debug("SLA scan at {}: {} alert(s), {} newly delivered", now, found, delivered);
        return new Result(found, delivered);
    }
}
