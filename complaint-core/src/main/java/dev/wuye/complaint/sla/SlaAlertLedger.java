package dev.wuye.complaint.sla;

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

    /**
     * A complete scan starts: every alert lapsing now will be passed to {@link #markFired} before
     * {@link #sweepCompleted} is called with the returned token. The default does nothing.
     *
     * @return a token for {@link #sweepCompleted}
     */
    default long sweepStarted() {
        return 0;
    }

    /**
     * A complete scan has passed every alert lapsing at its instant to {@link #markFired}: a key not
     * passed since {@link #sweepStarted} returned {@code token} belongs to a clock that is over (met,
     * stopped, the case closed, or the clock moved on to another level or deadline), and the ledger may
     * forget it — should the same lapse come back it fires again. The in-memory ledger forgets them, so
     * it holds no more keys than alerts lapse at once; the default keeps everything.
     *
     * @param token what {@link #sweepStarted} returned
     */
    default void sweepCompleted(long token) {
    }

    /**
     * A thread-safe ledger in memory that forgets the keys of clocks that are over ({@link #sweepCompleted}).
     *
     * @return a new, empty ledger
     */
    static SlaAlertLedger inMemory() {
        return new InMemorySlaAlertLedger();
    }
}
