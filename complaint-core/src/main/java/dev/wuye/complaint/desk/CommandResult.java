package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;

import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.List;
import java.util.Objects;

/** What the desk did with a command. Nothing is stored for {@link Rejected} or {@link Invalid}. */
public sealed interface CommandResult {

    /** Whether the command was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The command was accepted and stored.
     *
     * @param complaint the case as stored now
     * @param events    what happened (one event; none for an idempotent intake replay)
     * @param replayed  an intake whose idempotency key already had a case: that case is returned, nothing was stored
     */
    record Accepted(CaseSnapshot complaint, List<CaseEvent> events, boolean replayed)
            implements CommandResult {
        public Accepted {
            Objects.requireNonNull(complaint, "complaint");
            events = List.copyOf(events);
        }

        /** The case id. */
        public String caseId() {
            return complaint.id();
        }
    }

    /**
     * A rule said no; nothing changed.
     *
     * @param rejection the rule and why
     */
    record Rejected(Rejection rejection) implements CommandResult {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        /** The rule, e.g. {@code R-4.3.2c}. */
        public String ruleId() {
            return rejection.ruleId();
        }

        /** Why, in English. */
        public String message() {
            return rejection.message();
        }

        /** {@code "<ruleId>: <message>"}. */
        @Override
        public String toString() {
            return rejection.toString();
        }
    }

    /**
     * The command record failed validation; nothing was loaded or changed.
     *
     * @param violations one per bad field, ordered by field
     */
    record Invalid(List<FieldViolation> violations) implements CommandResult {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /**
     * One bad field.
     *
     * @param field   the property path, e.g. {@code customer.phone}
     * @param message the message in the desk's locale, naming the field
     * @param value   the rejected value, masked for customer data; nullable
     */
    record FieldViolation(String field, String message, String value) {
        public FieldViolation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
