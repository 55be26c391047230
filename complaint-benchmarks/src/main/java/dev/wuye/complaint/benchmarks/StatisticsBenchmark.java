package dev.wuye.complaint.benchmarks;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.statistics.CompanyMonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyInputs;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.TimeLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The monthly analysis tables of every department (one pass, {@link MonthlyAnalysisCalculator})
 * over 1,000,000 snapshots held in memory, against a bare loop that only sums one field
 * ({@code acceptanceDate().toEpochDay()}) of the same snapshots, in the same JVM. The snapshots are
 * what the month's query returns for April 2025: 20 departments, accepted March–April, most closed,
 * with cycles and follow-ups; generated once from a fixed seed.
 *
 * <pre>java -Xmx6g -jar complaint-benchmarks/target/benchmarks.jar StatisticsBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatisticsBenchmark {

    @Param({"1000000"})
    public int size;

    private List<CaseSnapshot> snapshots;
    private MonthlyAnalysisCalculator calculator;
    private final YearMonth month = YearMonth.of(2025, 4);

    private static final String[] TYPES = {"COMPLAINT", "COMPLAINT", "COMPLAINT", "SUGGESTION", "INQUIRY", "PRAISE"};
    private static final String[] CATEGORIES = {"REPAIRS_FACILITIES", "SECURITY", "CLEANING_ENVIRONMENT",
            "LANDSCAPING", "PARKING_VEHICLES", "FEES_BILLING", "STAFF_ATTITUDE", "DECORATION", "NOISE_NEIGHBOURS", "OTHER"};
    private static final String[] CHANNELS = {"PHONE", "WALK_IN", "ONLINE_FORUM", "WEB", "LETTER", "CUSTOMER_VISIT"};
    private static final String[] FOLLOW = {"PHONE", "PHONE", "HOME_VISIT", "ONLINE", "NONE"};
    private static final String[] LEVELS = {"HANDLER", "HANDLER", "HANDLER", "DEPARTMENT_HEAD", "GMD"};

    @Setup
    public void setUp() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        calculator = new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(), StatisticsSettings.defaults());
        Random r = new Random(42);
        CustomerData customer = new CustomerData("张三", "13812345678", "1栋1单元101");
        String[] depts = new String[20];
        for (int i = 0; i < depts.length; i++) {
            depts[i] = String.format("C%02d", i);
        }
        LocalDate first = LocalDate.of(2025, 3, 1);
        snapshots = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LocalDate acc = first.plusDays(r.nextInt(61));
            Instant received = acc.atTime(9, r.nextInt(60)).atZone(zone).toInstant();
            String type = TYPES[r.nextInt(TYPES.length)];
            String validity = "COMPLAINT".equals(type) ? (r.nextInt(5) == 0 ? "INVALID" : "VALID") : null;
            List<HandlingCycle> cycles = List.of();
            List<FollowUpEntry> fus = List.of();
            Instant closed = null;
            if (r.nextInt(10) < 8) {
                Instant done = received.plusSeconds(3600L * (4 + r.nextInt(24 * 6)));
                cycles = List.of(new HandlingCycle(1, List.of("H1"), "HEAD", received, null, true, null, null, null,
                        null, null, "HEAD", null, "ok", "HEAD", done));
                Instant fu = done.plusSeconds(3600L * (2 + r.nextInt(24 * 3)));
                fus = List.of(new FollowUpEntry(1, fu, "R1", "PHONE", r.nextBoolean(), r.nextInt(5) > 0, true, null));
                closed = fu.plusSeconds(600);
            }
            snapshots.add(CaseSnapshot.builder().id(String.format("K%07d", i)).version(3)
                    .idempotencyKey("k" + i).state(closed == null ? "INVESTIGATING" : "CLOSED").type(type)
                    .validity(validity).category(CATEGORIES[r.nextInt(CATEGORIES.length)])
                    .channel(CHANNELS[r.nextInt(CHANNELS.length)]).customer(customer).contentSummary("s")
                    .recordedBy("S1").receiverId("R1").department(depts[r.nextInt(depts.length)])
                    .acceptingLevel(r.nextInt(10) == 0 ? "COMPANY" : "SERVICE_CENTRE").receivedAt(received)
                    .acceptanceDate(acc).followUpChannel(FOLLOW[r.nextInt(FOLLOW.length)])
                    .escalationLevel(LEVELS[r.nextInt(LEVELS.length)]).major(r.nextInt(50) == 0)
                    .cycles(cycles).followUps(fus).closedAt(closed).lastModifiedAt(received).build());
        }
    }

    /** The monthly tables of all 20 departments and the company roll-up. */
    @Benchmark
    public CompanyMonthlyAnalysis monthlyTable() {
        return calculator.analyse(month, snapshots.stream(), MonthlyInputs.none());
    }

    /** The floor: one pass that reads one field of every snapshot. */
    @Benchmark
    public long bareLoop() {
        long sum = 0;
        for (CaseSnapshot s : snapshots) {
            sum += s.acceptanceDate().toEpochDay();
        }
        return sum;
    }
}
