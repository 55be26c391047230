package dev.wuye.complaint.sla;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which alerts were already fired, so each fires once. The default keeps them in memory;
 * a host running several instances, or wanting alerts to survive restarts, backs it by its database
 * (a table with a unique key on {@link SlaAlert.Key#asText()}: insert, and treat a duplicate-key error
 * as "already fired").
 */
public interface SlaAlertLedger {

    /**
     * Records that an alert fires, atomically.
     *
     * @param key the alert's key
     * @return {@code true} if it had not fired before (the caller fires it), {@code false} otherwise
     */
    boolean markFired(SlaAlert.Key key);

    /**
     * Forgets that an alert fired, so that the next scan fires it again. The monitor calls this when
     * a listener failed to deliver the alert. The default does nothing (the alert is then not retried).
     *
     * @param key the alert's key
     */
    default void release(SlaAlert.Key key) {
    }

    /** A thread-safe ledger in memory. */
    static SlaAlertLedger inMemory() {
        return new SlaAlertLedger() {
            private final Set<SlaAlert.Key> fired = ConcurrentHashMap.newKeySet();

            @Override
            public boolean markFired(SlaAlert.Key key) {
                return fired.add(Objects.requireNonNull(key, "key"));
            }

            @Override
            public void release(SlaAlert.Key key) {
                fired.remove(Objects.requireNonNull(key, "key"));
            }
        };
    }
}
