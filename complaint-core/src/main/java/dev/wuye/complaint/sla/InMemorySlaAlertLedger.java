package dev.wuye.complaint.sla;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.LongAdder;

/**
 * The in-memory ledger ({@link SlaAlertLedger#inMemory()}): each key fired with the number of the last sweep
 * that found it lapsing. A key found again — most keys of most sweeps — costs one lock-free lookup and one
 * write of that number into the key's own entry, no map update; only a new key inserts one. A sweep that
 * passed every key held (the usual case between two changes) completes without walking the map.
 */
final class InMemorySlaAlertLedger implements SlaAlertLedger {

    /** The number of the last sweep that passed a key; raised, never lowered. */
    private static final class Seen {
        private static final AtomicLongFieldUpdater<Seen> SWEEP = AtomicLongFieldUpdater.newUpdater(Seen.class, "sweep");

        volatile long sweep;

        Seen(long sweep) {
            this.sweep = sweep;
        }

        /** Raises the number to {@code now}; {@code true} for the one call that did. */
        boolean raise(long now) {
            for (long seen = sweep; seen < now; seen = sweep) {
                if (SWEEP.compareAndSet(this, seen, now)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final ConcurrentHashMap<SlaAlert.Key, Seen> fired = new ConcurrentHashMap<>();
    private final AtomicLong sweeps = new AtomicLong();
    /**
     * The keys raised to the current sweep's number: when they are all the keys held, and none was released,
     * {@link #sweepCompleted} has nothing to forget and does not walk the map.
     */
    private final LongAdder raised = new LongAdder();
    private volatile boolean releasedSinceStart;

    @Override
    public boolean markFired(SlaAlert.Key key) {
        Objects.requireNonNull(key, "key");
        long now = sweeps.get();
        Seen seen = fired.get(key);
        if (seen == null) {
            seen = fired.putIfAbsent(key, new Seen(now));
            if (seen == null) {
                raised.increment();
                return true;
            }
        }
        if (seen.raise(now)) {
            raised.increment();
        }
        return false;
    }

    @Override
    public void release(SlaAlert.Key key) {
        Objects.requireNonNull(key, "key");
        releasedSinceStart = true;
        fired.remove(key);
    }

    @Override
    public synchronized long sweepStarted() {
        raised.reset();
        releasedSinceStart = false;
        return sweeps.incrementAndGet();
    }

    @Override
    public void sweepCompleted(long token) {
        if (sweeps.get() == token && !releasedSinceStart && raised.sum() == fired.size()) {
            return;
        }
        fired.values().removeIf(seen -> seen.sweep < token);
    }

    /** How many keys are held (for tests). */
    int size() {
        return fired.size();
    }
}
