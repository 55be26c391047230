package dev.wuye.complaint.examples.boot.console.board;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.calendar.UnknownYearException;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.console.ConsoleLabels;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.examples.boot.security.PersonalData;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.SlaScan;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The lines of the SLA board for one person: the desk's due-soon and overdue clocks now (R-4.7, R-4.2.1b,
 * R-4.4.2b, R-4.4.1b, R-4.2.5b, R-4.4.2d7, R-4.2.1c), kept to the cases the person reaches ({@link CaseScope}),
 * overdue first, then by the instant each falls due. The query fires no alert.
 */
@Component
public class SlaBoard {

    private final ComplaintDesk desk;
    private final CaseScope scope;
    private final LiveCalendar calendar;
    private final OfficeHours hours;
    private final Clock clock;
    private final ConsoleLabels labels;

    /**
     * @param desk     the desk (its side-effect-free SLA query)
     * @param scope    which cases a person reaches
     * @param calendar the working days the clocks count
     * @param hours    the office's zone
     * @param clock    "now"
     * @param labels   the board's words
     */
    public SlaBoard(ComplaintDesk desk, CaseScope scope, LiveCalendar calendar, OfficeHours hours, Clock clock,
                    ConsoleLabels labels) {
        this.desk = desk;
        this.scope = scope;
        this.calendar = calendar;
        this.hours = hours;
        this.clock = clock;
        this.labels = labels;
    }

    /**
     * The board as the actor sees it now.
     *
     * @param actor  the signed-in person
     * @param locale the reader's language
     * @return the lines, overdue first, then soonest due
     */
    public List<BoardRow> rows(Actor actor, Locale locale) {
        Instant now = clock.instant();
        SlaScan scan = desk.overdueAndDueSoon(now);
        Optional<Set<String>> departments = scope.departments(actor);
        WorkingDayCalendar days = calendar.current();
        LocalDate today = hours.dateOf(now);
        return Stream.concat(scan.overdue().stream(), scan.dueSoon().stream())
                .map(a -> row(a, actor, departments, days, today, now, locale))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((BoardRow r) -> !r.overdue()).thenComparing(BoardRow::dueAt)
                        .thenComparing(r -> r.caseId() == null ? "" : r.caseId()))
                .toList();
    }

    private Optional<BoardRow> row(SlaAlert a, Actor actor, Optional<Set<String>> departments,
                                   WorkingDayCalendar days, LocalDate today, Instant now, Locale locale) {
        String customer = "";
        if (a.caseId() == null) {
            if (departments.isPresent() && !departments.get().contains(a.department())) {
                return Optional.empty();
            }
        } else {
            Optional<CaseSnapshot> c = desk.find(a.caseId());
            if (c.isEmpty() || !scope.sees(actor, c.get())) {
                return Optional.empty();
            }
            customer = customer(PersonalData.masked(c.get().customer()));
        }
        return Optional.of(new BoardRow(a.caseId(), a.department(), a.clock(),
                labels.of(a.clock(), locale), a.level(), labels.of(a.level(), locale), a.deadline(),
                a.dueAt().atZone(hours.zone()), standing(a, days, today, now, locale), customer, a.provisional()));
    }

    /**
     * How long is left or past. A clock that falls due at the start of the day after its deadline is a
     * day clock and counts working days, as the monitor judges it; the others (the hand-over at the next
     * opening, the agreed reply time, the day's online collection by the close) count hours.
     */
    private String standing(SlaAlert a, WorkingDayCalendar days, LocalDate today, Instant now, Locale locale) {
        boolean dayClock = a.dueAt().equals(a.deadline().plusDays(1).atStartOfDay(hours.zone()).toInstant());
        if (!dayClock) {
            Duration d = Duration.between(now, a.dueAt()).abs();
            return labels.text(a.dueAt().isAfter(now) ? "board.standing.timeLeft" : "board.standing.timeOverdue",
                    locale, d.toHours(), d.toMinutesPart());
        }
        try {
            if (a.level() == SlaLevel.OVERDUE) {
                int past = days.workingDaysBetween(a.deadline(), today);
                return past > 0 ? labels.text("board.standing.daysOverdue", locale, past)
                        : labels.text("board.standing.overdueToday", locale);
            }
            int left = days.workingDaysBetween(today, a.deadline());
            return left > 0 ? labels.text("board.standing.daysLeft", locale, left)
                    : labels.text("board.standing.dueToday", locale);
        } catch (UnknownYearException e) {
            return labels.text("board.standing.unknownYear", locale, Integer.toString(e.year()));
        }
    }

    private static String customer(CustomerData masked) {
        if (masked == null) {
            return "";
        }
        return Stream.of(masked.name(), masked.phone()).filter(s -> s != null && !s.isBlank())
                .reduce((x, y) -> x + " " + y).orElse("");
    }
}
