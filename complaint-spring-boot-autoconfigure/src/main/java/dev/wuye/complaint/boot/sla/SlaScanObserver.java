package dev.wuye.complaint.boot.sla;

import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaScan;
import java.time.Duration;

/**
 * Hears each SLA scan and each alert it fires (the metrics, a host's own counters). Declare beans of this
 * type; {@link SlaScanRecorder} tells them all.
 */
public interface SlaScanObserver {

    /**
     * A scan finished.
     *
     * @param scan what it found
     * @param took how long it ran
     */
    default void scanned(SlaScan scan, Duration took) {
    }

    /**
     * An alert fired (told to the application once, across instances sharing a ledger).
     *
     * @param alert the alert
     */
    default void alertFired(SlaAlert alert) {
    }
}
