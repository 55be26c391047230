package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.store.InMemoryStorage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * whatever the order of case closures and archive runs, no closed case falls outside every
 * archive batch and none is in two. Cases are driven through the desk's real commands (inquiries
 * received in office hours on working days across March–June 2025, classified, and answered after a random
 * delay); the receiver archives a
 * random month at random times, and a run before the month has ended (Shanghai time) is refused.
 */
class ArchiveCoveragePropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();
    private static final LocalDateTime START = LocalDateTime.of(2025, 3, 1, 0, 0);
    private static final YearMonth FIRST = YearMonth.of(2025, 3);
    private static final int MONTHS = 5;                 // March–July 2025
    private static final LocalDateTime END = LocalDateTime.of(2025, 8, 1, 9, 0);

    /** One step: at a time, receive an inquiry (closed some minutes later), or archive a month. */
    record Step(LocalDateTime at, boolean archive, int monthIndex, long closeAfterMinutes) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<LocalDateTime> at = Combinators.combine(Arbitraries.integers().between(0, 121),
                        Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((day, minute) -> START.plusDays(day).plusMinutes(minute));
        Arbitrary<Step> step = Combinators.combine(at, Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, MONTHS - 1),
                        Arbitraries.longs().between(1, 20L * 24 * 60))
                .as((t, kind, month, lag) -> kind < 4 ? new Step(t, true, month, lag)
                        : new Step(officeHours(t), false, month, lag));
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    /** Intake in office hours on a working day (else it is a duty registration, R-4.2.1b): 09:00–16:59. */
    private static LocalDateTime officeHours(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        while (!CALENDAR.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d.atTime(9, 0).plusMinutes(t.getHour() * 60L % 480 + t.getMinute());
    }

    @Property(tries = 150)
    @Label("R-4.8.1 whatever the order of closures and archive runs, an early run is refused and after a final run of every ended month each closed case is in exactly one batch, none in two")
    void everyClosedCaseIsInExactlyOneBatch(@ForAll("steps") List<Step> steps) {
        TestClock clock = new TestClock(START);
        InMemoryStorage storage = new InMemoryStorage();
        AtomicInteger ids = new AtomicInteger();
        ComplaintDesk desk = ComplaintDesk.builder().storage(storage).clock(clock).calendar(CALENDAR)
                .idGenerator(() -> "A" + ids.incrementAndGet()).build();

        // timeline: receptions, closures and archive runs, in time order
        List<Map.Entry<LocalDateTime, Runnable>> timeline = new ArrayList<>();
        Map<Integer, String> caseOfStep = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            int n = i;
            if (s.archive()) {
                YearMonth month = FIRST.plusMonths(s.monthIndex());
                timeline.add(Map.entry(s.at(), () -> archive(desk, clock, month, s.at())));
            } else {
                timeline.add(Map.entry(s.at(), () -> {
                    CommandResult r = desk.submit(ReceiveOpinion.builder().recordedBy(RECEIVER)
                            .idempotencyKey("k" + n).channel(Channel.PHONE)
                            .customer(new Customer("张三丰", "13812345678", "3栋2单元501"))
                            .contentSummary("物业费怎么交").routing(Routing.serviceCentre(C01))
                            .receivedAt(clock.instant())
                            .replyAgreement(ReplyAgreement.agreed(clock.instant().plusSeconds(86_400),
                                    FollowUpMethod.PHONE))
                            .followUpChannel(FollowUpMethod.PHONE).build());
                    assertThat(r).as("intake at %s", s.at()).isInstanceOf(CommandResult.Accepted.class);
                    String id = ((CommandResult.Accepted) r).caseId();
                    caseOfStep.put(n, id);
                    CommandResult classified = desk.submit(new Classify(RECEIVER, id, OpinionType.INQUIRY, null,
                            "FEES_BILLING", false));
                    assertThat(classified.isAccepted()).as("classify at %s: %s", s.at(), classified).isTrue();
                }));
                timeline.add(Map.entry(s.at().plusMinutes(s.closeAfterMinutes()), () ->
                        assertThat(desk.submit(new AnswerInquiry(RECEIVER, caseOfStep.get(n), "已答复")).isAccepted())
                                .as("answer %s", caseOfStep.get(n)).isTrue()));
            }
        }
        timeline.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        for (Map.Entry<LocalDateTime, Runnable> e : timeline) {
            clock.set(e.getKey());
            e.getValue().run();
        }

        // the final run of every month that has ended
        for (int m = 0; m < MONTHS; m++) {
            archive(desk, clock, FIRST.plusMonths(m), END);
        }

        Map<String, Integer> batchesOf = new HashMap<>();
        for (ArchiveBatch b : storage.archives().findAll(C01)) {
            for (String id : b.caseIds()) {
                batchesOf.merge(id, 1, Integer::sum);
            }
        }
        List<CaseSnapshot> all;
        try (var s = storage.cases().stream(CaseQuery.all(), 100)) {
            all = s.toList();
        }
        assertThat(all).hasSize(caseOfStep.size());
        for (CaseSnapshot c : all) {
            assertThat(c.closedAt()).as("%s closed", c.id()).isNotNull();
            assertThat(batchesOf.getOrDefault(c.id(), 0)).as("batches holding %s", c.id()).isEqualTo(1);
            assertThat(c.state()).isEqualTo(LifecycleState.FILED.name());
        }
        assertThat(batchesOf).allSatisfy((id, n) -> assertThat(n).as("batches holding %s", id).isEqualTo(1));
    }

    /** Archives a month at a time: refused under exactly while the month has not ended. */
    private static void archive(ComplaintDesk desk, TestClock clock, YearMonth month, LocalDateTime at) {
        clock.set(at);
        CommandResult r = desk.submit(new ArchiveMonth(RECEIVER, month));
        boolean ended = !LocalDate.from(at).isBefore(month.plusMonths(1).atDay(1));
        if (ended) {
            assertThat(r).as("archive %s at %s", month, at).isInstanceOf(CommandResult.Recorded.class);
        } else {
            assertThat(r).as("archive %s at %s", month, at).isInstanceOf(CommandResult.Rejected.class);
            assertThat(((CommandResult.Rejected) r).ruleId()).isEqualTo("R-4.8.1");
        }
    }
}
