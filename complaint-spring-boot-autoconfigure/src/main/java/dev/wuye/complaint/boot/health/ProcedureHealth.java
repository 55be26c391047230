package dev.wuye.complaint.boot.health;

import dev.wuye.complaint.boot.sla.SlaScanRecorder;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The procedure's health, whichever Actuator generation shows it: {@value #WARNING} when, from 1 December on,
 * next year's official holiday notice is not loaded (its deadlines are provisional), or when this instance's
 * last SLA scan found cases whose clocks it could not evaluate; UP otherwise. Details: the last year with
 * official data, whether next year is official, the provisional years of the next two years, and the last scan.
 * A WARNING is meant to answer HTTP 200 (the instance still serves; a person has to act): map it with
 * {@code management.endpoint.health.status.http-mapping.WARNING=200} and order it between OUT_OF_SERVICE and UP.
 */
public final class ProcedureHealth {

    /** The status code of something a person has to act on, while the service works. */
    public static final String WARNING = "WARNING";
    /** The status code of a procedure in order. */
    public static final String UP = "UP";

    private final Supplier<WorkingDayCalendar> calendars;
    private final SlaScanRecorder scans;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * One report.
     *
     * @param status  {@value #UP} or {@value #WARNING}
     * @param details what the status rests on
     */
    public record Report(String status, Map<String, Object> details) {

        /** Keeps an unmodifiable copy (null values kept out). */
        public Report {
            Objects.requireNonNull(status, "status");
            Map<String, Object> copy = new LinkedHashMap<>();
            details.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
            details = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /**
     * @param calendars the calendar in use
     * @param scans     this instance's SLA scans
     * @param clock     the clock
     * @param zone      the zone dates are taken in
     */
    public ProcedureHealth(Supplier<WorkingDayCalendar> calendars, SlaScanRecorder scans, Clock clock, ZoneId zone) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The procedure's health now.
     *
     * @return the report
     */
    public Report report() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        WorkingDayCalendar calendar = calendars.get();
        int nextYear = today.getYear() + 1;
        boolean nextYearOfficial = calendar.officialData().containsKey(nextYear);
        List<String> warnings = new ArrayList<>();
        if (today.getMonthValue() == 12 && !nextYearOfficial) {
            warnings.add("no official holiday notice for " + nextYear + " is loaded: deadlines reaching into "
                    + nextYear + " are provisional; load the State Council's notice (wuye.complaint.calendar.data, "
                    + "then reload the calendar)");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lastOfficialYear", calendar.officialData().isEmpty() ? null : calendar.officialData().lastKey());
        details.put("nextYearOfficial", nextYearOfficial);
        details.put("provisionalYears", calendar.provisionalYearsBetween(today, today.plusYears(2)));
        scans.lastScan().ifPresent(last -> {
            details.put("lastScanAt", last.at().toString());
            details.put("lastScanCases", last.casesScanned());
            details.put("lastScanAlerts", last.alerts());
            details.put("lastScanUnevaluableCases", last.unevaluable());
            if (last.unevaluable() > 0) {
                warnings.add(last.unevaluable() + " case(s) could not be evaluated by the SLA scan at " + last.at()
                        + "; each is alerted as UNEVALUABLE with its reason");
            }
        });
        if (warnings.isEmpty()) {
            return new Report(UP, details);
        }
        details.put("warnings", List.copyOf(warnings));
        return new Report(WARNING, details);
    }
}
