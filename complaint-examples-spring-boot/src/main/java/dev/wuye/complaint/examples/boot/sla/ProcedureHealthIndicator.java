package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The procedure's health for Actuator ({@code /actuator/health}, component {@code procedure}):
 * {@link #WARNING} when, from 1 December on, next year's official holiday notice is not loaded (its
 * deadlines are provisional), or when this instance's last SLA scan found cases whose clocks it could
 * not evaluate; UP otherwise. Details: the last year with official data, the provisional years of the
 * next two years, and the last scan. WARNING answers HTTP 200 (see {@code application.yml}): the
 * instance still serves; a person has to act.
 */
public final class ProcedureHealthIndicator implements HealthIndicator {

    /** Something a person has to act on, while the service works. */
    public static final Status WARNING = new Status("WARNING", "the procedure runs, but a person has to act");

    private final Supplier<WorkingDayCalendar> calendars;
    private final SlaScanJob scans;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param calendars the calendar in use (the host's {@code LiveCalendar})
     * @param scans     the SLA scan job of this instance
     * @param clock     the host's clock
     * @param zone      the zone dates are taken in
     */
    public ProcedureHealthIndicator(Supplier<WorkingDayCalendar> calendars, SlaScanJob scans, Clock clock, ZoneId zone) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Health health() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        WorkingDayCalendar calendar = calendars.get();
        int nextYear = today.getYear() + 1;
        boolean nextYearOfficial = calendar.officialData().containsKey(nextYear);
        List<String> warnings = new ArrayList<>();
        if (today.getMonthValue() == 12 && !nextYearOfficial) {
            warnings.add("no official holiday notice for " + nextYear + " is loaded: deadlines reaching into "
                    + nextYear + " are provisional; load the State Council's notice (wuye.calendar.data, then "
                    + "POST /api/admin/calendar/reload)");
        }
        Health.Builder health = new Health.Builder()
                .withDetail("lastOfficialYear", calendar.officialData().isEmpty() ? null : calendar.officialData().lastKey())
                .withDetail("nextYearOfficial", nextYearOfficial)
                .withDetail("provisionalYears", calendar.provisionalYearsBetween(today, today.plusYears(2)));
        scans.lastScan().ifPresent(last -> {
            health.withDetail("lastScanAt", last.at().toString())
                    .withDetail("lastScanAlerts", last.found())
                    .withDetail("lastScanUnevaluableCases", last.unevaluable());
            if (last.unevaluable() > 0) {
                warnings.add(last.unevaluable() + " case(s) could not be evaluated by the SLA scan at " + last.at()
                        + "; each is alerted as UNEVALUABLE with its reason");
            }
        });
        if (warnings.isEmpty()) {
            return health.up().build();
        }
        return health.status(WARNING).withDetail("warnings", warnings).build();
    }
}
