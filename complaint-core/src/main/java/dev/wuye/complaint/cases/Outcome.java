package dev.wuye.complaint.cases;

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
     * @param ruleId  the rule that says no, e.g. {@code R-4.3.2c}
     * @param message why
     */
    record Refused(String ruleId, String message) implements Outcome {
        public Refused {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }
    }
}
