package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A dated note on a case: a handler's progress report to the receiver (R-4.4.1a), an update given
 * to the customer (R-4.4.1b), a duty officer's handling entry (R-4.3.1g/h), an escalation reason …
 *
 * @param at       when
 * @param authorId staff id
 * @param kind     note kind code (PROGRESS, CUSTOMER_UPDATE, DUTY_HANDLING, ESCALATION, CO_HANDLING …)
 * @param text     the note, at most {@link CaseSnapshot#MAX_TEXT_LENGTH} characters
 */
public record NoteEntry(Instant at, String authorId, String kind, String text) {

    public NoteEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
