package dev.wuye.complaint.lifecycle;

import java.util.Objects;

/** What the lifecycle engine decides for a trigger: move to a state, or a rejection naming the rule. */
public sealed interface Decision {

    /**
     * The trigger is allowed; the case moves to {@code target} (which may equal the current state).
     *
     * @param target the next state
     */
    record Move(LifecycleState target) implements Decision {
        public Move {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * The trigger is not allowed.
     *
     * @param ruleId  the rule that says no, e.g. {@code R-4.3.2c}
     * @param message why, in English, naming the current state
     */
    record Reject(String ruleId, String message) implements Decision {
        public Reject {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }
    }
}
