package dev.wuye.complaint.sla;

import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.RecordLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tracks the receiver's daily collection of online opinions (R-4.2.1c: 「受理人每天定时收集网上相关客户意见
 * 信息」) in the activity log ({@code Storage.activity()}, entries of command {@value #COMMAND} dated on
 * the day). Every working day of the calendar needs one run by the close of its office hours (project's
 * choice: the procedure says "at set times" without naming them); a day that is not a working day needs
 * none.
 */
public final class OnlineCollectionTracker {

    /** The activity entries' command name of a collection run. */
    public static final String COMMAND = "CollectOnlineOpinions";

    private final RecordLog<ActivityEntry> activity;
    private final SlaCalculator sla;

    /**
     * Creates the tracker.
     *
     * @param activity the activity log
     * @param sla      the calculator (calendar, policy, office hours)
     */
    public OnlineCollectionTracker(RecordLog<ActivityEntry> activity, SlaCalculator sla) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.sla = Objects.requireNonNull(sla, "sla");
    }

    /**
     * Whether a department's online opinions of a day were collected, due soon or overdue at an instant.
     *
     * @param department the department
     * @param day        the day
     * @param asOf       the instant
     * @return the status, or empty when the day is not a working day (nothing is due)
     * @throws dev.wuye.complaint.calendar.UnknownYearException the day's year has no data and no provisional rule
     */
    public Optional<OnlineCollectionStatus> status(String department, LocalDate day, Instant asOf) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(asOf, "asOf");
        var calendar = sla.calendar();
        if (!calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        OfficeHours hours = sla.officeHours();
        Instant due = day.atTime(hours.closes()).atZone(hours.zone()).toInstant();
        List<ActivityEntry> runs = activity.find(department, day, day.plusDays(1)).stream()
                .filter(e -> COMMAND.equals(e.command()) && department.equals(e.department())).toList();
        Instant first = runs.stream().map(ActivityEntry::at).min(Instant::compareTo).orElse(null);
        SlaLevel level;
        if (first != null) {
            level = first.isAfter(due) ? SlaLevel.OVERDUE : SlaLevel.ON_TIME;
        } else {
            level = asOf.isBefore(due.minus(sla.policy().onlineCollectionDueSoon())) ? SlaLevel.ON_TIME
                    : asOf.isBefore(due) ? SlaLevel.DUE_SOON : SlaLevel.OVERDUE;
        }
        List<Integer> years = calendar.isProvisional(day) ? List.of(day.getYear()) : List.of();
        return Optional.of(new OnlineCollectionStatus(department, day, due, level, first, runs.size(), years));
    }
}
