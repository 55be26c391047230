package dev.wuye.complaint.cases;

import dev.wuye.complaint.Refusal;
import dev.wuye.complaint.Rejection;

import dev.wuye.complaint.lifecycle.LifecycleState;

import java.util.Objects;

/** What a behaviour of {@link Case} did: the changed case and its event, or a refusal naming the rule. */
public sealed interface Outcome {

    /**
     * The act was accepted.
     *
     * @param before the case before; {@code null} for intake
     * @param after  the case after, with {@code version = before.version + 1}
     * @param event  what happened
     */
    record Changed(Case before, Case after, CaseEvent event) implements Outcome {
        public Changed {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(event, "event");
        }

        /** The state before; {@code null} for intake. */
        public LifecycleState from() {
            return before == null ? null : before.state();
        }

        /** The state after. */
        public LifecycleState to() {
            return after.state();
        }
    }

    /**
     * The act was refused; nothing changed.
     *
     * @param rejection the rule that says no, and why
     */
    record Refused(Rejection rejection) implements Outcome, Refusal {
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
