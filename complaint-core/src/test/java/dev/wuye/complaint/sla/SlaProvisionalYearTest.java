package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Deadlines that reach into a year without an official holiday notice (2027 today) are provisional,
 * say so, and change when the notice is loaded at run time. Worked by hand; the clock stands at
 * Tuesday 29 December 2026 in Shanghai, and the desk's SLA monitor reads a {@code LiveCalendar}.
 *
 * <p>Without 2027 data the calendar counts 2027 provisionally: weekends plus the statutory holidays,
 * so 元旦 Friday 1 January is off and nothing else around it (no 调休). The fixture
 * {@code sla/TEST-FIXTURE-not-official/2027.json} (invented, not the real notice) gives 1–4 January off
 * (Monday 4th a bridge day) and makes Saturday 9 January a working day.
 */
class SlaProvisionalYearTest {

    private static final LocalDateTime TUESDAY_29_DEC_10_AM = LocalDateTime.of(2026, 12, 29, 10, 0);
    private static final LocalDateTime TUESDAY_5_JAN_10_AM = LocalDateTime.of(2027, 1, 5, 10, 0);

    private final DeskCases cases = new DeskCases(TUESDAY_29_DEC_10_AM);
    private final List<SlaAlert> fired = new ArrayList<>();

    private static Path fixture(String resource) throws Exception {
        return Path.of(Objects.requireNonNull(SlaProvisionalYearTest.class.getResource(resource), resource).toURI());
    }

    private WorkingDate deadline(String id) {
        return cases.desk.slaMonitor().calculator().timeLimitDeadlineChecked(cases.stored(id));
    }

    @Test
    @DisplayName("R-4.7.1 R-4.7.2 provisional deadlines over 2027, alerted as provisional, recomputed and official after the notice is loaded at run time")
    void provisional_deadlines_change_when_the_notice_is_loaded() throws Exception {
        String centre = cases.validComplaint();
        String company = cases.escalatedToGmd();
        cases.desk.subscribe(fired::add);

        // 3 working days after Tue 29 Dec (not counted): Wed 30, Thu 31 Dec, [Fri 1 Jan 元旦,
        // Sat 2, Sun 3], Mon 4 Jan. Counted over 2027, which has no notice: provisional.
        assertThat(deadline(centre)).isEqualTo(new WorkingDate(LocalDate.of(2027, 1, 4), List.of(2027)));
        // escalated to the GMD, 7 working days from the same acceptance date:
        // 30, 31 Dec, 4, 5, 6, 7, 8 Jan.
        assertThat(deadline(company)).isEqualTo(new WorkingDate(LocalDate.of(2027, 1, 8), List.of(2027)));

        // Tue 5 Jan: the centre's case is past Mon 4 Jan; the company's has 3 working days left (6, 7, 8).
        SlaScan before = cases.desk.scanSla(DeskCases.shanghai(TUESDAY_5_JAN_10_AM));
        assertThat(before.alerts()).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level, SlaAlert::deadline,
                        SlaAlert::provisional, SlaAlert::provisionalYears)
                .containsExactly(tuple(centre, SlaClock.TIME_LIMIT, SlaLevel.OVERDUE, LocalDate.of(2027, 1, 4), true,
                        List.of(2027)));
        assertThat(before.provisionalYears()).containsExactly(2027);
        assertThat(before.unevaluable()).isEmpty();
        assertThat(fired).containsExactlyElementsOf(before.alerts());

        // The notice arrives and is loaded into the running application.
        cases.calendar.load(fixture("/sla/TEST-FIXTURE-not-official/2027.json"));

        // now: 30, 31 Dec, [1–4 Jan off, Mon 4 the bridge day], Tue 5 Jan.
        assertThat(deadline(centre)).isEqualTo(new WorkingDate(LocalDate.of(2027, 1, 5), List.of()));
        // now: 30, 31 Dec, 5, 6, 7, 8 Jan, Sat 9 Jan (adjusted working day).
        assertThat(deadline(company)).isEqualTo(new WorkingDate(LocalDate.of(2027, 1, 9), List.of()));

        // The next scan, at the same instant: the centre's case is due today (not overdue), official.
        SlaScan after = cases.desk.scanSla(DeskCases.shanghai(TUESDAY_5_JAN_10_AM));
        assertThat(after.alerts()).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level, SlaAlert::deadline,
                        SlaAlert::provisional, SlaAlert::provisionalYears)
                .containsExactly(tuple(centre, SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON, LocalDate.of(2027, 1, 5), false,
                        List.of()));
        assertThat(after.provisionalYears()).isEmpty();
        assertThat(fired).as("the official deadline differs from the provisional one: its alert fires")
                .extracting(SlaAlert::deadline, SlaAlert::level)
                .containsExactly(tuple(LocalDate.of(2027, 1, 4), SlaLevel.OVERDUE),
                        tuple(LocalDate.of(2027, 1, 5), SlaLevel.DUE_SOON));

        // Wed 6 Jan: the centre's case is overdue on its official deadline, Tue 5 Jan: a new alert.
        // The company's: working days left Thu 7, Fri 8, Sat 9 → on time.
        cases.clock.set(LocalDateTime.of(2027, 1, 6, 10, 0));
        SlaScan wednesday = cases.desk.scanSla(cases.clock.instant());
        assertThat(wednesday.overdue()).extracting(SlaAlert::caseId, SlaAlert::deadline, SlaAlert::provisional)
                .containsExactly(tuple(centre, LocalDate.of(2027, 1, 5), false));
        assertThat(fired).extracting(SlaAlert::deadline, SlaAlert::level).last()
                .isEqualTo(tuple(LocalDate.of(2027, 1, 5), SlaLevel.OVERDUE));
    }

    @Test
    @DisplayName("R-4.7.1 a provisional alert whose deadline the notice confirms is not fired again; it is shown as official")
    void a_confirmed_provisional_alert_fires_once() throws Exception {
        String centre = cases.validComplaint();
        cases.desk.subscribe(fired::add);
        cases.desk.scanSla(DeskCases.shanghai(TUESDAY_5_JAN_10_AM));
        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.deadline()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(a.provisionalYears()).containsExactly(2027);
        });

        // The calendar's own fixture: 元旦 1–3 January off, Monday 4 January a working day, as provisionally.
        cases.calendar.loadResource(getClass().getClassLoader(), "calendar/TEST-FIXTURE-not-official/2027.json");
        SlaScan after = cases.desk.scanSla(DeskCases.shanghai(TUESDAY_5_JAN_10_AM));
        assertThat(after.overdue()).extracting(SlaAlert::caseId, SlaAlert::deadline, SlaAlert::provisional)
                .containsExactly(tuple(centre, LocalDate.of(2027, 1, 4), false));
        assertThat(after.overdue().get(0).key()).isEqualTo(fired.get(0).key());
        assertThat(fired).as("same case, clock, level and deadline: the alert already told the right date").hasSize(1);
    }

    @Test
    @DisplayName("R-2.2 an opinion on 元旦 2027 is taken as a duty registration; its handover deadline is provisional until the notice is loaded")
    void duty_registration_on_a_provisional_holiday() throws Exception {
        // Friday 1 January 2027, 10:00: 元旦 is a statutory holiday, off also provisionally → duty registration.
        cases.clock.set(LocalDateTime.of(2027, 1, 1, 10, 0));
        String id = cases.receive(DeskCases.DUTY_OFFICER);
        assertThat(cases.stored(id).state()).isEqualTo("DUTY_REGISTERED");

        // Provisionally the next office hours open Monday 4 January, 08:30 (Sat 2, Sun 3 weekend).
        SlaScan before = cases.desk.overdueAndDueSoon(DeskCases.shanghai(LocalDateTime.of(2027, 1, 4, 8, 10)));
        assertThat(before.alerts()).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level, SlaAlert::deadline,
                        SlaAlert::provisionalYears)
                .containsExactly(tuple(id, SlaClock.HANDOVER, SlaLevel.DUE_SOON, LocalDate.of(2027, 1, 4), List.of(2027)));

        // With the fixture Monday 4 January is off too: the handover is due Tuesday 5 January, 08:30.
        cases.calendar.load(fixture("/sla/TEST-FIXTURE-not-official/2027.json"));
        SlaScan after = cases.desk.overdueAndDueSoon(DeskCases.shanghai(LocalDateTime.of(2027, 1, 4, 8, 10)));
        assertThat(after.alerts()).isEmpty();
        assertThat(cases.desk.slaMonitor().calculator().handoverDue(cases.stored(id)))
                .contains(DeskCases.shanghai(LocalDateTime.of(2027, 1, 5, 8, 30)));
    }

    @Test
    @DisplayName("R-4.7.1 one warning per scan names the year to load, however many cases are provisional (slf4j-simple writes to System.err)")
    void one_warning_per_scan() {
        for (int i = 0; i < 5; i++) {
            cases.validComplaint();
        }
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        SlaScan scan;
        try {
            scan = cases.desk.scanSla(DeskCases.shanghai(TUESDAY_5_JAN_10_AM));
        } finally {
            System.setErr(original);
        }
        assertThat(scan.overdue()).hasSize(5).allSatisfy(a -> assertThat(a.provisionalYears()).containsExactly(2027));
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log.split("deadlines counted over \\[2027\\] are provisional", -1)).hasSize(2);
        assertThat(log).contains("WARN").contains("load the State Council's notice for [2027]");
    }
}
