package dev.wuye.complaint.lifecycle.internal;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.TransitionFacts;

/**
 * A guard of the state chart: a small named rule over {@link TransitionFacts}. It knows the rule it
 * enforces so that a "no" can name it; both engines use the very same guard objects.
 */
public interface FactsGuard {

    /** The rule a failed check names, e.g. {@code R-4.3.1e}. */
    String ruleId();

    /** The key of the refusal's message in the {@link Rejection#BUNDLE} (no arguments). */
    String messageKey();

    /** The condition in Chinese, as shown on the diagram's edge. */
    String label();

    /**
     * Whether the transition guarded by this object may fire.
     *
     * @param facts what the aggregate knows of the case
     * @return {@code true} to allow the transition
     */
    boolean test(TransitionFacts facts);

    /** The rejection this guard returns when {@link #test} fails. */
    default Decision.Reject rejection() {
        return new Decision.Reject(Rejection.of(ruleId(), messageKey()));
    }
}
