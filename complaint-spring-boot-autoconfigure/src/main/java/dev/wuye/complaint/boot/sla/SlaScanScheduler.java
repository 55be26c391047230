package dev.wuye.complaint.boot.sla;

import dev.wuye.complaint.desk.ComplaintDesk;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The starter's SLA scan: every {@code wuye.complaint.sla.scan-interval} it runs
 * {@link ComplaintDesk#scanSla} (which tells the desk's subscribers of each new alert once, through the desk's
 * ledger) and reports to the {@link SlaScanRecorder}. One daemon thread; starts with the context and stops with
 * it. Several instances sharing a database each scan; give the desk a shared {@code SlaAlertLedger} (or turn this
 * off with {@code wuye.complaint.sla.scan-enabled=false} and schedule {@link #runOnce()} in a cluster scheduler)
 * so that each alert is told once.
 */
public final class SlaScanScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SlaScanScheduler.class);

    private final ComplaintDesk desk;
    private final SlaScanRecorder recorder;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> task;

    /**
     * @param desk     the desk whose clocks are scanned
     * @param recorder told of each scan
     * @param clock    the instant each scan judges
     * @param interval the delay between two scans
     */
    public SlaScanScheduler(ComplaintDesk desk, SlaScanRecorder recorder, Clock clock, Duration interval) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("wuye.complaint.sla.scan-interval: value " + interval + ": must be positive");
        }
    }

    /** Scans once now and reports the scan; a failing scan is logged and the next one runs as planned. */
    public void runOnce() {
        long started = System.nanoTime();
        try {
            recorder.recordScan(desk.scanSla(clock.instant()), Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            LOG.error("SLA scan failed; the next runs in {}", interval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wuye-sla-scan");
            t.setDaemon(true);
            return t;
        });
        task = executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            task.cancel(false);
            executor.shutdownNow();
            executor = null;
            task = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
