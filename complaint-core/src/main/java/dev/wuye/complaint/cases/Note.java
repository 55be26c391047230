package dev.wuye.complaint.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A dated note on a case: progress, a customer update, a duty officer's handling, an escalation …
 *
 * @param at       when it was written
 * @param authorId who wrote it
 * @param kind     what it records
 * @param text     the text; empty when none was given
 */
record Note(Instant at, String authorId, NoteKind kind, String text) {

    Note {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
