package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.Refusal;
import dev.wuye.complaint.Rejection;

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
     * @param rejection the rule that says no, and why (naming the current state)
     */
    record Reject(Rejection rejection) implements Decision, Refusal {
        public Reject {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
