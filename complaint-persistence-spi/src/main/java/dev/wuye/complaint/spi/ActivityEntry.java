package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the activity log: the audit trail of the periodic actions, which change a period's
 * record (a monthly table, a review, a visit, an archive run) rather than a case. Written once per
 * accepted periodic command, like {@link AuditEntry} for case commands.
 *
 * @param id              unique id of the entry
 * @param department      the department the record belongs to (dates the entry together with {@code at})
 * @param at              when the command was accepted
 * @param actorStaffId    who issued the command
 * @param actorRoles      the actor's role codes, sorted, comma-separated
 * @param actorDepartment the actor's department
 * @param command         the command's name, e.g. {@code SubmitMonthlyTable}
 * @param subject         the id of the period's record the command wrote, e.g. a submission or review id
 * @param detail          what was recorded, short; nullable
 */
public record ActivityEntry(String id, String department, Instant at, String actorStaffId, String actorRoles,
                            String actorDepartment, String command, String subject, String detail) {

    /** Checks the required components. */
    public ActivityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorStaffId, "actorStaffId");
        Objects.requireNonNull(actorRoles, "actorRoles");
        Objects.requireNonNull(actorDepartment, "actorDepartment");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(subject, "subject");
    }
}
