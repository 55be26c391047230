package dev.wuye.complaint.statistics;

import dev.wuye.complaint.archive.ArchivePeriod;
import dev.wuye.complaint.archive.ArchivePlanner;
import dev.wuye.complaint.archive.ArchiveSettings;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.testdata.Cases;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the statistics and the archive plan over random months of cases. */
class StatisticsPropertiesTest {

    static final MonthlyAnalysisCalculator CALC = new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(),
            StatisticsSettings.defaults().withOverdueListLimit(5));
    static final List<String> DEPTS = List.of("C01", "C02", "C03", "GMD");
    static final List<String> TYPES = List.of("COMPLAINT", "COMPLAINT", "SUGGESTION", "INQUIRY", "PRAISE");
    static final List<String> CATEGORIES = List.of("REPAIRS_FACILITIES", "SECURITY", "PARKING_VEHICLES", "OTHER");
    static final List<String> CHANNELS = List.of("PHONE", "WEB", "ONLINE_FORUM", "WALK_IN", "CUSTOMER_VISIT");
    static final List<String> FOLLOW = List.of("PHONE", "ONLINE", "NONE", "LETTER");
    static final List<String> LEVELS = List.of("HANDLER", "HANDLER", "DEPARTMENT_HEAD", "GMD", "GENERAL_MANAGER");
    static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5),
            YearMonth.of(2025, 6));

    static <T> T pick(Random r, List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    static Boolean answer(Random r) {
        int x = r.nextInt(3);
        return x == 0 ? null : x == 1;
    }

    static CaseSnapshot snapshot(Random r) {
        LocalDate acc = FIRST.plusDays(r.nextInt(110));
        String type = pick(r, TYPES);
        String validity = "COMPLAINT".equals(type) ? pick(r, List.of("VALID", "VALID", "INVALID")) : null;
        String follow = pick(r, FOLLOW);
        CaseSnapshot.Builder b = Cases.base("x", pick(r, DEPTS), type, validity,
                r.nextInt(8) == 0 ? null : pick(r, CATEGORIES), pick(r, CHANNELS), acc.toString())
                .followUpChannel(follow).escalationLevel(pick(r, LEVELS))
                .acceptingLevel(r.nextInt(5) == 0 ? "COMPANY" : "SERVICE_CENTRE")
                .major(r.nextInt(10) == 0).secondaryComplaint(r.nextInt(10) == 0).correctiveAction(r.nextInt(10) == 0);
        List<HandlingCycle> cycles = new ArrayList<>();
        List<FollowUpEntry> fus = new ArrayList<>();
        LocalDate day = acc;
        int n = r.nextInt(3);
        for (int i = 1; i <= n; i++) {
            LocalDate assigned = day.plusDays(r.nextInt(3));
            LocalDate done = r.nextInt(4) == 0 ? null : assigned.plusDays(r.nextInt(10));
            cycles.add(Cases.cycle(i, assigned.toString(), done == null ? null : done.toString()));
            if (done == null) {
                break;
            }
            day = done.plusDays(r.nextInt(5));
            if (r.nextBoolean()) {
                if ("ONLINE".equals(follow)) {
                    // As Case#approveOnlineReply writes it: no answer, the reply posted, the case closed.
                    java.time.Instant at = Cases.t(day.toString());
                    fus.add(new FollowUpEntry(i, at, "R1", "ONLINE", null, null, null, "online reply approved by H1"));
                    b.cycles(cycles).followUps(fus).onlineReplyApprovedBy("H1").onlineReplyPostedAt(at)
                            .closure("ONLINE_REPLY_POSTED").closedAt(at);
                    return b.build();
                }
                fus.add(Cases.fu(i, day.toString(), "NONE".equals(follow) ? "RECURRENCE_CHECK" : follow,
                        answer(r), answer(r), answer(r)));
            }
        }
        b.cycles(cycles).followUps(fus);
        if (r.nextInt(3) > 0) {
            b.closedAt(day.plusDays(r.nextInt(3)).atTime(LocalTime.of(r.nextInt(24), 0)).atZone(Cases.ZONE).toInstant());
        }
        return b.build();
    }

    @Provide
    Arbitrary<List<CaseSnapshot>> cases() {
        return Arbitraries.randomValue(StatisticsPropertiesTest::snapshot).list().ofMaxSize(80)
                .map(l -> IntStream.range(0, l.size())
                        .mapToObj(i -> l.get(i).toBuilder().id(String.format("K%03d", i)).idempotencyKey("k" + i).build())
                        .toList());
    }

    @Property(tries = 200)
    @Label("R-4.6.4 the company roll-up equals the sum of its centres, each computed on its own")
    void rollUpEqualsSumOfCentres(@ForAll("cases") List<CaseSnapshot> cases, @ForAll("months") YearMonth month) {
        CompanyMonthlyAnalysis all = CALC.analyse(month, cases.stream(), MonthlyInputs.none());
        Set<String> present = all.centres().stream().map(MonthlyAnalysis::department).collect(Collectors.toSet());
        for (String d : DEPTS) {
            MonthlyAnalysis alone = CALC.analyse(d, month, cases.stream(), MonthlyInputs.none());
            if (present.contains(d)) {
                assertThat(all.centre(d)).hasValue(alone);
            } else {
                // A department without a case in the query has nothing to add.
                assertThat(alone.accepted() + alone.carriedOver() + alone.closed()).isZero();
            }
        }
        // The company's figures, each added up here from the centres' own (not with MonthlyAnalysis#plus,
        // the code under test): counts summed; a rate's numerators and denominators summed separately.
        MonthlyAnalysis company = all.company();
        for (AnalysisMetric m : AnalysisMetric.values()) {
            if (m.isRate()) {
                long num = all.centres().stream().mapToLong(c -> m.rate(c).numerator()).sum();
                long den = all.centres().stream().mapToLong(c -> m.rate(c).denominator()).sum();
                assertThat(m.rate(company).numerator()).as(m.name()).isEqualTo(num);
                assertThat(m.rate(company).denominator()).as(m.name()).isEqualTo(den);
            }
        }
        Map<String, Long> byCategory = new java.util.TreeMap<>();
        all.centres().forEach(c -> c.byCategory().forEach((k, v) -> byCategory.merge(k, v, Long::sum)));
        assertThat(company.byCategory()).isEqualTo(byCategory);
        List<String> mostOverdue = all.centres().stream().flatMap(c -> c.overdue().stream())
                .sorted(java.util.Comparator.comparing(OverdueCase::deadline).thenComparing(OverdueCase::caseId))
                .limit(CALC.settings().overdueListLimit()).map(OverdueCase::caseId).toList();
        assertThat(company.overdue()).extracting(OverdueCase::caseId).isEqualTo(mostOverdue);
        long accepted = cases.stream().filter(c -> YearMonth.from(c.acceptanceDate()).equals(month)).count();
        assertThat(all.company().accepted()).isEqualTo(accepted);
        assertThat(all.company().byType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(accepted);
        for (AnalysisMetric m : AnalysisMetric.values()) {
            if (!m.isRate()) {
                double centres = all.centres().stream().mapToDouble(c -> m.value(c).orElseThrow()).sum();
                assertThat(m.value(all.company()).orElseThrow()).as(m.name()).isEqualTo(centres);
            }
        }
    }

    @Property(tries = 200)
    @Label("R-4.7 the table's on-time and follow-up-in-time judgements agree with the SlaCalculator")
    void agreesWithSlaCalculator(@ForAll("cases") List<CaseSnapshot> cases) {
        TimeLimits limits = CALC.limits();
        for (CaseSnapshot c : cases) {
            assertThat(limits.followUpInTimeFast(c, t -> LocalDate.ofInstant(t, Cases.ZONE)))
                    .as(c.id()).isEqualTo(limits.sla().followUpInTime(c).orElse(false));
            if (limits.isSubject(c)) {
                assertThat(limits.measuredEnd(c).map(d -> !d.isAfter(limits.timeLimitDeadline(c))))
                        .as(c.id()).isEqualTo(limits.sla().metTimeLimit(c));
            }
        }
    }

    @Property(tries = 200)
    @Label("every rate is within [0, 1], and undefined (never 0) when its denominator is 0")
    void ratesAreBounded(@ForAll("cases") List<CaseSnapshot> cases, @ForAll("months") YearMonth month) {
        CompanyMonthlyAnalysis all = CALC.analyse(month, cases.stream(), MonthlyInputs.none());
        List<MonthlyAnalysis> tables = new ArrayList<>(all.centres());
        tables.add(all.company());
        for (MonthlyAnalysis t : tables) {
            for (AnalysisMetric m : AnalysisMetric.values()) {
                if (!m.isRate()) {
                    continue;
                }
                Rate r = m.rate(t);
                if (r.denominator() == 0) {
                    assertThat(r.value()).as(m.name()).isEmpty();
                    assertThat(m.value(t)).as(m.name()).isEmpty();
                } else {
                    assertThat(r.value().getAsDouble()).as(m.name()).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Property(tries = 300)
    @Label("a Rate is within [0, 1] when defined and undefined exactly when its denominator is 0")
    void rateValue(@ForAll("rates") Rate r) {
        assertThat(r.value().isPresent()).isEqualTo(r.denominator() > 0);
        r.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(r.plus(Rate.UNDEFINED)).isEqualTo(r);
    }

    @Provide
    Arbitrary<Rate> rates() {
        return Arbitraries.longs().between(0, 1000).flatMap(d -> Arbitraries.longs().between(0, d).map(n -> new Rate(n, d)));
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return Arbitraries.of(MONTHS);
    }

    @Property(tries = 200)
    @Label("R-4.8.1 every case closed in a month lands in exactly one of that month's batches, and in no other month's")
    void everyCaseInExactlyOneBatch(@ForAll("cases") List<CaseSnapshot> cases) {
        ArchivePlanner planner = new ArchivePlanner(ArchiveSettings.defaults());
        Map<String, Long> seen = new java.util.HashMap<>();
        for (YearMonth m : MONTHS) {
            Map<String, List<String>> plan = planner.plan(ArchivePeriod.month(m), cases.stream());
            List<String> ids = plan.values().stream().flatMap(List::stream).toList();
            Set<String> expected = cases.stream().filter(c -> c.closedAt() != null
                            && YearMonth.from(c.closedAt().atZone(Cases.ZONE)).equals(m))
                    .map(CaseSnapshot::id).collect(Collectors.toSet());
            assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            ids.forEach(id -> seen.merge(id, 1L, Long::sum));
        }
        assertThat(seen.values()).allMatch(n -> n == 1);
        long closedInRange = cases.stream().filter(c -> c.closedAt() != null
                && MONTHS.contains(YearMonth.from(c.closedAt().atZone(Cases.ZONE)))).count();
        assertThat(seen).hasSize((int) closedInRange);
    }
}
