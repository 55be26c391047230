package dev.wuye.complaint.desk;

import dev.wuye.complaint.Refusal;
import dev.wuye.complaint.Rejection;

import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the desk did with a command — one result type for every command: {@link Accepted} (a case
 * command or intake, with the stored case), {@link Recorded} (a periodic action, with what it
 * recorded), {@link Rejected} (a rule said no) or {@link Invalid} (the command record failed
 * validation). Nothing is stored for {@link Rejected} or {@link Invalid}. Messages are rendered per
 * call in the caller's language: {@link Rejection#message(Locale)}, {@link FieldViolation#message(Locale)}.
 */
public sealed interface CommandResult {

    /** Whether the command was accepted ({@link Accepted} or {@link Recorded}). */
    default boolean isAccepted() {
        return this instanceof Accepted || this instanceof Recorded;
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
     * A periodic action was accepted: its record is stored (or was stored before) and, unless it was
     * an idempotent repeat, one {@link dev.wuye.complaint.spi.ActivityEntry} was written.
     *
     * @param result what was recorded
     */
    record Recorded(PeriodResult result) implements CommandResult {
        public Recorded {
            Objects.requireNonNull(result, "result");
        }

        /**
         * The payload as the type the command records, e.g. {@code ArchiveRun.class} for {@link ArchiveMonth}.
         *
         * @param type the expected payload type
         * @param <P>  the payload type
         * @return the payload
         * @throws ClassCastException when the payload is of another type
         */
        public <P extends PeriodResult> P result(Class<P> type) {
            return type.cast(result);
        }
    }

    /**
     * A rule said no; nothing changed.
     *
     * @param rejection the rule and why
     */
    record Rejected(Rejection rejection) implements CommandResult, Refusal {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
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
     * One bad field. The message is kept as its template (a key of {@link DeskValidation#BUNDLE} in
     * braces, or literal text) and the constraint's attributes, and rendered per call in the caller's
     * language by {@link #message(Locale)}; a template's {@code {value}} is the shown {@link #value()}
     * and its {@code {field}} the {@link #field()}, unless the arguments name them.
     *
     * @param field     the property path, e.g. {@code customer.phone}
     * @param template  the message template, e.g. {@code {wuye.caseId.size}}
     * @param arguments the values the template refers to by name, e.g. {@code max}
     * @param value     the rejected value, masked for customer data; nullable
     */
    record FieldViolation(String field, String template, Map<String, String> arguments, String value) {
        public FieldViolation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(template, "template");
            arguments = Map.copyOf(arguments);
        }

        /**
         * The message in a language, naming the field ({@link Locale#ENGLISH}, {@link Locale#SIMPLIFIED_CHINESE},
         * or any locale a host adds a {@code ValidationMessages_<locale>.properties} for).
         *
         * @param locale the caller's language
         * @return the message
         */
        public String message(Locale locale) {
            if (arguments.containsKey("field") && (value == null || arguments.containsKey("value"))) {
                return DeskValidation.interpolate(template, arguments, locale);
            }
            Map<String, String> all = new HashMap<>(arguments);
            all.putIfAbsent("field", field);
            if (value != null) {
                all.putIfAbsent("value", value);
            }
            return DeskValidation.interpolate(template, all, locale);
        }

        /** The message in English. */
        public String message() {
            return message(Locale.ENGLISH);
        }
    }
}
