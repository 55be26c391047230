package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.CaseSnapshot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the SLA clocks over random acceptance dates in the bundled years. */
class SlaPropertiesTest {

    private static final WorkingDayCalendar CHINA = WorkingDayCalendar.chinaMainland();
    private static final SlaCalculator SLA = new SlaCalculator(CHINA, SlaPolicy.defaults(), OfficeHours.defaults());

    @Provide
    Arbitrary<LocalDate> acceptanceDates() {
        return Arbitraries.longs()
                .between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2026, 10, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static CaseSnapshot accepted(LocalDate date, String level, String escalation) {
        return Cases.complaint("p1", date.atTime(10, 0).toString()).acceptingLevel(level).escalationLevel(escalation).build();
    }

    @Property
    @Label("R-4.7.1/R-4.7.2 the deadline is a working day exactly 3 (service centre) or 7 (company) working days after acceptance")
    void deadline_is_n_working_days_later(@ForAll("acceptanceDates") LocalDate accepted) {
        LocalDate centre = SLA.timeLimitDeadline(accepted(accepted, "SERVICE_CENTRE", "HANDLER"));
        LocalDate company = SLA.timeLimitDeadline(accepted(accepted, "COMPANY", "HANDLER"));
        assertThat(CHINA.isWorkingDay(centre)).isTrue();
        assertThat(CHINA.workingDaysBetween(accepted, centre)).isEqualTo(3);
        assertThat(CHINA.workingDaysBetween(accepted, company)).isEqualTo(7);
        assertThat(SLA.timeLimitDeadline(accepted(accepted, "SERVICE_CENTRE", "GMD"))).isEqualTo(company);
    }

    @Property
    @Label("R-4.7.1 a running time limit only ever moves ON_TIME → DUE_SOON → OVERDUE as time passes")
    void levels_never_go_back(@ForAll("acceptanceDates") LocalDate accepted,
                              @ForAll @IntRange(min = 0, max = 20) int daysLater) {
        CaseSnapshot s = accepted(accepted, "SERVICE_CENTRE", "HANDLER");
        SlaLevel earlier = level(s, accepted.plusDays(daysLater));
        SlaLevel later = level(s, accepted.plusDays(daysLater + 1));
        assertThat(later.ordinal()).isGreaterThanOrEqualTo(earlier.ordinal());
        assertThat(level(s, SLA.timeLimitDeadline(s))).isEqualTo(SlaLevel.DUE_SOON);
        assertThat(level(s, SLA.timeLimitDeadline(s).plusDays(1))).isEqualTo(SlaLevel.OVERDUE);
    }

    @Property
    @Label("R-4.7.3 followed up on or before the deadline is on time, after it is not")
    void met_time_limit_iff_on_or_before_deadline(@ForAll("acceptanceDates") LocalDate accepted,
                                                  @ForAll @IntRange(min = 0, max = 20) int daysLater) {
        CaseSnapshot open = accepted(accepted, "SERVICE_CENTRE", "HANDLER");
        LocalDate followedUp = accepted.plusDays(daysLater);
        String at = followedUp.atTime(LocalTime.of(16, 0)).toString();
        CaseSnapshot s = open.toBuilder().cycles(List.of(Cases.completed(1, at)))
                .followUps(List.of(Cases.followUp(1, at, true))).build();
        assertThat(SLA.metTimeLimit(s)).contains(!followedUp.isAfter(SLA.timeLimitDeadline(s)));
    }

    private static SlaLevel level(CaseSnapshot s, LocalDate day) {
        Instant noon = day.atTime(12, 0).atZone(Cases.SHANGHAI).toInstant();
        return SLA.status(s, SlaClock.TIME_LIMIT, noon).orElseThrow().level();
    }
}
