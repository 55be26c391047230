package dev.wuye.complaint.lifecycle.internal;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;

/** The rejection when the chart has no transition for a (state, trigger) pair (docs/lifecycle-transitions.md). */
public final class NoTransition {

    /** The rule that makes an archived case final. */
    public static final String FINAL_RULE = "R-4.8.1";

    private NoTransition() {
    }

    /**
     * The default rejection: the trigger's own rule, naming the state; from FILED, R-4.8.1.
     *
     * @param from    the current state
     * @param trigger the trigger the chart does not allow there
     * @return the rejection
     */
    public static Decision.Reject rejection(LifecycleState from, LifecycleTrigger trigger) {
        if (from.isTerminal()) {
            return new Decision.Reject(Rejection.of(FINAL_RULE, "lifecycle.final", from.name()));
        }
        return new Decision.Reject(Rejection.of(trigger.ruleId(), "lifecycle.noTransition", trigger.name(),
                trigger.label(), from.name(), from.label()));
    }
}
