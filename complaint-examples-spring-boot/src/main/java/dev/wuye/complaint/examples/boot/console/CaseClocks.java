package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.calendar.UnknownYearException;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.sla.SlaCalculator;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.SlaStatus;
import dev.wuye.complaint.spi.CaseSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A case's running time limits as the console shows them: the desk's SLA calculator evaluates each clock
 * (hand-over, time limit, follow-up, agreed reply …) at the clock's now, and each becomes a countdown in
 * working days on the desk's calendar.
 */
@Component
public class CaseClocks {

    /** Day and minute, as the console writes instants. */
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintDesk desk;
    private final Clock clock;
    private final ConsoleLabels labels;

    /**
     * Creates the clocks.
     *
     * @param desk   the desk (its SLA monitor's calculator)
     * @param clock  the application's clock
     * @param labels words
     */
    public CaseClocks(ComplaintDesk desk, Clock clock, ConsoleLabels labels) {
        this.desk = desk;
        this.clock = clock;
        this.labels = labels;
    }

    /**
     * One running clock in words.
     *
     * @param clock     the clock's name
     * @param rule      the rule it watches
     * @param level     on time, due soon, overdue …
     * @param levelName the level's constant, for the page's style
     * @param dueAt     when it becomes overdue
     * @param countdown the working days left (or over) in words
     */
    public record Countdown(String clock, String rule, String level, String levelName, Instant dueAt,
                            String countdown) {
    }

    /**
     * The case's running clocks, the one due first first.
     *
     * @param c      the case
     * @param locale the reader's locale
     * @return the countdowns; empty when no clock runs
     */
    public List<Countdown> of(CaseSnapshot c, Locale locale) {
        SlaCalculator calculator = desk.slaMonitor().calculator().pinned();
        Instant now = clock.instant();
        ZoneId zone = calculator.officeHours().zone();
        WorkingDayCalendar calendar = calculator.calendar();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return calculator.evaluate(c, now).stream()
                .sorted(Comparator.comparing(SlaStatus::dueAt))
                .map(s -> new Countdown(labels.of(s.clock(), locale), s.clock().rule(), labels.of(s.level(), locale),
                        s.level().name(), s.dueAt(), countdown(s, today, zone, calendar, locale)))
                .toList();
    }

    /**
     * The clock due first, for lists.
     *
     * @param c      the case
     * @param locale the reader's locale
     * @return the first countdown, if any clock runs
     */
    public Optional<Countdown> first(CaseSnapshot c, Locale locale) {
        return of(c, locale).stream().findFirst();
    }

    /**
     * An instant in the office's zone, to the minute.
     *
     * @param at the instant
     * @return the text
     */
    public String format(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(desk.slaMonitor().calculator().officeHours().zone()));
    }

    private String countdown(SlaStatus s, LocalDate today, ZoneId zone, WorkingDayCalendar calendar, Locale locale) {
        if (s.level() == SlaLevel.UNEVALUABLE) {
            return labels.of(s.level(), locale);
        }
        if (s.clock() == SlaClock.HANDOVER) {
            return labels.text("case.clock.dueAt", locale, format(s.dueAt()));
        }
        LocalDate deadline = s.deadline();
        String due = deadline.toString();
        if (deadline.equals(today)) {
            return labels.text("case.clock.today", locale, due);
        }
        try {
            if (deadline.isAfter(today)) {
                return labels.text("case.clock.left", locale, calendar.workingDaysBetween(today, deadline), due);
            }
            return labels.text("case.clock.over", locale, calendar.workingDaysBetween(deadline, today), due);
        } catch (UnknownYearException unknownYear) {
            // A year without holiday data: the deadline is still shown, without the count.
            return labels.text("case.clock.dueAt", locale, due);
        }
    }
}
