package dev.wuye.complaint.boot.sla;

import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaScan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every SLA scan of this instance reports: the starter's own scheduled scan, or an application's own
 * (a cluster scheduler calling {@link #recordScan} and {@link #recordAlert}). Keeps the last scan for the
 * health indicator and tells the {@link SlaScanObserver}s (the metrics). Thread-safe.
 */
public final class SlaScanRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(SlaScanRecorder.class);

    private final List<SlaScanObserver> observers;
    private volatile LastScan last;

    /**
     * @param observers told of each scan and alert
     */
    public SlaScanRecorder(List<SlaScanObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    /**
     * The outcome of the latest scan on this instance.
     *
     * @param at           the instant judged
     * @param casesScanned open cases looked at
     * @param alerts       alerts that held then
     * @param unevaluable  cases whose clocks could not be evaluated (each alerted as {@code UNEVALUABLE})
     * @param took         how long the scan ran
     */
    public record LastScan(Instant at, int casesScanned, int alerts, int unevaluable, Duration took) {

        /** Checks the components. */
        public LastScan {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(took, "took");
        }
    }

    /**
     * Records a finished scan.
     *
     * @param scan what it found
     * @param took how long it ran
     */
    public void recordScan(SlaScan scan, Duration took) {
        last = new LastScan(scan.asOf(), scan.casesScanned(), scan.allAlerts().size(), scan.unevaluableCases(), took);
        for (SlaScanObserver o : observers) {
            try {
                o.scanned(scan, took);
            } catch (RuntimeException e) {
                LOG.warn("An SLA scan observer failed; the scan stands", e);
            }
        }
    }

    /**
     * Records an alert told to the application.
     *
     * @param alert the alert
     */
    public void recordAlert(SlaAlert alert) {
        for (SlaScanObserver o : observers) {
            try {
                o.alertFired(alert);
            } catch (RuntimeException e) {
                LOG.warn("An SLA scan observer failed on an alert; the alert stands", e);
            }
        }
    }

    /**
     * The latest scan on this instance.
     *
     * @return it, or empty before the first
     */
    public Optional<LastScan> lastScan() {
        return Optional.ofNullable(last);
    }
}
