package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.ComplaintSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The time limits of clause 4.7 as the statistics judge them, against a working-day calendar:
 * <ul>
 *   <li>R-4.7.1/4.7.2 — 3 working days for a case accepted by a service centre, 7 for one accepted
 *       by the company or escalated to the GMD or above (still counted from the original
 *       acceptance date);</li>
 *   <li>R-4.7.3 — measured from the acceptance date to the (first) follow-up date; a case with no
 *       follow-up channel (R-4.4.2d6) is measured to its first handling completion;</li>
 *   <li>R-4.4.2b/4.7.4 — the follow-up is due two working days after the first completion.</li>
 * </ul>
 * "N working days after D" is the N-th working day strictly after D; on time means on or before it
 * (RULES.md). Only valid complaints are subject to the limits.
 *
 * <p>This is the one small class that computes on-time against the calendar for the statistics;
 * it takes the calendar as a predicate so that any {@code WorkingDayCalendar} plugs in
 * ({@code calendar::isWorkingDay}). Deadlines are cached per (date, n); thread-safe.
 */
public final class TimeLimits {

    private final Predicate<LocalDate> workingDay;
    private final ZoneId zone;
    private final int serviceCentreDays;
    private final int companyDays;
    private final int followUpDays;
    private final ConcurrentHashMap<Long, LocalDate> cache = new ConcurrentHashMap<>();

    /**
     * @param workingDay        whether a date is a working day
     * @param zone              the zone instants are turned into dates in
     * @param serviceCentreDays limit (3)
     * @param companyDays       limit (7)
     * @param followUpDays      R-4.4.2b limit (2)
     */
    public TimeLimits(Predicate<LocalDate> workingDay, ZoneId zone, int serviceCentreDays, int companyDays,
                      int followUpDays) {
        this.workingDay = Objects.requireNonNull(workingDay, "workingDay");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (serviceCentreDays < 1 || companyDays < 1 || followUpDays < 1) {
            throw new IllegalArgumentException("time limits must be >= 1 working day (R-4.7), were "
                    + serviceCentreDays + "/" + companyDays + "/" + followUpDays);
        }
        this.serviceCentreDays = serviceCentreDays;
        this.companyDays = companyDays;
        this.followUpDays = followUpDays;
    }

    /**
     * The procedure's limits (3 / 7 / 2 working days).
     *
     * @param workingDay the calendar
     * @param zone       the zone
     * @return the limits
     */
    public static TimeLimits procedure(Predicate<LocalDate> workingDay, ZoneId zone) {
        return new TimeLimits(workingDay, zone, 3, 7, 2);
    }

    /** The zone dates are taken in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The N-th working day strictly after a date.
     *
     * @param d the start date (not counted)
     * @param n how many working days, {@code >= 0}
     * @return the date
     */
    public LocalDate plusWorkingDays(LocalDate d, int n) {
        return cache.computeIfAbsent(d.toEpochDay() * 64 + n, k -> {
            LocalDate x = d;
            int left = n;
            while (left > 0) {
                x = x.plusDays(1);
                if (workingDay.test(x)) {
                    left--;
                }
            }
            return x;
        });
    }

    /** Whether a case is subject to the time limits: a valid complaint. */
    public boolean isSubject(ComplaintSnapshot s) {
        return "COMPLAINT".equals(s.type()) && "VALID".equals(s.validity());
    }

    /** Whether the company's limit applies: accepted by the company or escalated to the GMD or above. */
    public boolean companyLevel(ComplaintSnapshot s) {
        String e = s.escalationLevel();
        return "COMPANY".equals(s.acceptingLevel())
                || "GMD".equals(e) || "MANAGEMENT_REPRESENTATIVE".equals(e) || "GENERAL_MANAGER".equals(e);
    }

    /** The last day of the time limit (R-4.7.1/4.7.2). */
    public LocalDate timeLimitDeadline(ComplaintSnapshot s) {
        return plusWorkingDays(s.acceptanceDate(), companyLevel(s) ? companyDays : serviceCentreDays);
    }

    /**
     * The day the time limit is measured to: the first follow-up, or for a case with no
     * follow-up channel its first completion.
     *
     * @param s the case
     * @return the date, or empty while not reached
     */
    public Optional<LocalDate> measuredEnd(ComplaintSnapshot s) {
        Instant end = "NONE".equals(s.followUpChannel()) ? firstCompletion(s) : firstFollowUp(s);
        return end == null ? Optional.empty() : Optional.of(LocalDate.ofInstant(end, zone));
    }

    /**
     * Whether a case met its time limit.
     *
     * @param s the case
     * @return met or not, empty while it is not measured yet
     */
    public Optional<Boolean> metTimeLimit(ComplaintSnapshot s) {
        return measuredEnd(s).map(d -> !d.isAfter(timeLimitDeadline(s)));
    }

    /**
     * The follow-up deadline (R-4.4.2b): two working days after the first completion.
     *
     * @param s the case
     * @return the date, empty while handling is not complete
     */
    public Optional<LocalDate> followUpDeadline(ComplaintSnapshot s) {
        Instant c = firstCompletion(s);
        return c == null ? Optional.empty()
                : Optional.of(plusWorkingDays(LocalDate.ofInstant(c, zone), followUpDays));
    }

    /**
     * Whether the first follow-up was in time (R-4.4.2b).
     *
     * @param s the case
     * @return in time or not, empty while not followed up or not completed
     */
    public Optional<Boolean> followUpInTime(ComplaintSnapshot s) {
        Instant f = firstFollowUp(s);
        return f == null ? Optional.empty()
                : followUpDeadline(s).map(d -> !LocalDate.ofInstant(f, zone).isAfter(d));
    }

    static Instant firstCompletion(ComplaintSnapshot s) {
        Instant first = null;
        for (HandlingCycle c : s.cycles()) {
            if (c.completedAt() != null && (first == null || c.completedAt().isBefore(first))) {
                first = c.completedAt();
            }
        }
        return first;
    }

    static Instant firstFollowUp(ComplaintSnapshot s) {
        Instant first = null;
        for (FollowUpEntry f : s.followUps()) {
            if (first == null || f.at().isBefore(first)) {
                first = f.at();
            }
        }
        return first;
    }
}
