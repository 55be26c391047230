package dev.wuye.complaint.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a department's receiver collected the online opinions on one working day (R-4.2.1c).
 *
 * @param department       the department
 * @param day              the working day
 * @param dueAt            the close of that day's office hours: the collection is due by then
 * @param level            collected by {@code dueAt}, or not yet and not near it → {@link SlaLevel#ON_TIME};
 *                         not collected and {@code dueAt} near → {@link SlaLevel#DUE_SOON}; not collected by
 *                         {@code dueAt}, or collected after it → {@link SlaLevel#OVERDUE}
 * @param firstRunAt       when the day's first run was recorded; {@code null} when none was
 * @param runs             how many runs were recorded that day
 * @param provisionalYears the day's year when its working-day status is provisional (no official notice); else empty
 */
public record OnlineCollectionStatus(String department, LocalDate day, Instant dueAt, SlaLevel level,
                                     Instant firstRunAt, int runs, List<Integer> provisionalYears) {

    /** Checks the components: required ones non-null. */
    public OnlineCollectionStatus {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(level, "level");
        provisionalYears = List.copyOf(Objects.requireNonNull(provisionalYears, "provisionalYears"));
    }

    /** Whether the day's collection was recorded (in time or late). */
    public boolean done() {
        return firstRunAt != null;
    }

    /** When the day's first run was recorded, if one was. */
    public Optional<Instant> firstRun() {
        return Optional.ofNullable(firstRunAt);
    }
}
