package dev.wuye.complaint.sla;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory ledger ({@link SlaAlertLedger#inMemory()}): each key fired with the number of the last sweep
 * that found it lapsing. A key found again — most keys of most sweeps — costs one lock-free lookup and one
 * write of that number into the key's own entry, no map update; only a new key inserts one.
 */
final class InMemorySlaAlertLedger implements SlaAlertLedger {

    /** The number of the last sweep that passed a key; raised, never lowered. */
    private static final class Seen {
        volatile long sweep;

        Seen(long sweep) {
            this.sweep = sweep;
        }

        void raise(long now) {
            if (sweep < now) {
                sweep = now;
            }
        }
    }

    private final ConcurrentHashMap<SlaAlert.Key, Seen> fired = new ConcurrentHashMap<>();
    private final AtomicLong sweeps = new AtomicLong();

    @Override
    public boolean markFired(SlaAlert.Key key) {
        Objects.requireNonNull(key, "key");
        long now = sweeps.get();
        Seen seen = fired.get(key);
        if (seen == null) {
            seen = fired.putIfAbsent(key, new Seen(now));
            if (seen == null) {
                return true;
            }
        }
        seen.raise(now);
        return false;
    }

    @Override
    public void release(SlaAlert.Key key) {
        fired.remove(Objects.requireNonNull(key, "key"));
    }

    @Override
    public long sweepStarted() {
        return sweeps.incrementAndGet();
    }

    @Override
    public void sweepCompleted(long token) {
        fired.values().removeIf(seen -> seen.sweep < token);
    }

    /** How many keys are held (for tests). */
    int size() {
        return fired.size();
    }
}
