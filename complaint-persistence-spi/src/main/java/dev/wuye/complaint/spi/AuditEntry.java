package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable line of a case's audit trail: who did what, when, and how the state moved.
 * Stores append these in the same unit of work as the snapshot they belong to and never change
 * or delete one.
 *
 * @param caseId the case
 * @param version     the snapshot version this command produced (so entries are ordered and unique per case)
 * @param at          when the command was accepted
 * @param actorId     staff id of the actor
 * @param actorRoles  the actor's roles, comma-separated role codes
 * @param department  the actor's department
 * @param command     the command name (e.g. {@code ApproveSolution})
 * @param fromState   the state before; nullable for intake
 * @param toState     the state after
 * @param detail      a short, masked description; nullable
 */
public record AuditEntry(
        String caseId,
        long version,
        Instant at,
        String actorId,
        String actorRoles,
        String department,
        String command,
        String fromState,
        String toState,
        String detail) {

    public AuditEntry {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorRoles, "actorRoles");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(toState, "toState");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
    }
}
