package dev.wuye.complaint.benchmarks;

import dev.wuye.complaint.calendar.HolidayCnYear;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link WorkingDayCalendar#plusWorkingDays} against the naive day-by-day loop over a
 * {@code HashSet<LocalDate>} of holidays and adjusted working days (the same official facts), in
 * the same JVM, for n = 3, 7, 30 and 250. Start dates cycle through 4,096 random days of 2008–2024
 * so neither side can constant-fold or stay in one cache line.
 *
 * <pre>java -jar complaint-benchmarks/target/benchmarks.jar CalendarBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    @Param({"3", "7", "30", "250"})
    public int n;

    private WorkingDayCalendar calendar;
    private Set<LocalDate> holidays;
    private Set<LocalDate> adjustedWorkingDays;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void setUp() {
        calendar = WorkingDayCalendar.chinaMainland();
        holidays = new HashSet<>();
        adjustedWorkingDays = new HashSet<>();
        for (HolidayCnYear y : calendar.officialData().values()) {
            for (Map.Entry<LocalDate, Boolean> e : y.offDay().entrySet()) {
                (e.getValue() ? holidays : adjustedWorkingDays).add(e.getKey());
            }
        }
        Random random = new Random(42);
        long from = LocalDate.of(2008, 1, 1).toEpochDay();
        long to = LocalDate.of(2024, 12, 31).toEpochDay();
        starts = new LocalDate[4096];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.ofEpochDay(from + random.nextInt((int) (to - from)));
        }
        // both sides must agree before they are timed
        for (LocalDate d : starts) {
            if (!calendar.plusWorkingDays(d, n).equals(naive(d, n))) {
                throw new IllegalStateException("implementations disagree at " + d + " + " + n);
            }
        }
    }

    private LocalDate nextStart() {
        LocalDate d = starts[next];
        next = (next + 1) & (starts.length - 1);
        return d;
    }

    /** The library: rank lookup and direct index, whatever n is. */
    @Benchmark
    public LocalDate ours() {
        return calendar.plusWorkingDays(nextStart(), n);
    }

    /** The naive loop: one day at a time, two hash look-ups per day. */
    @Benchmark
    public LocalDate naive() {
        return naive(nextStart(), n);
    }

    private LocalDate naive(LocalDate d, int count) {
        LocalDate x = d;
        int k = 0;
        while (k < count) {
            x = x.plusDays(1);
            if (adjustedWorkingDays.contains(x)
                    || !holidays.contains(x) && x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
                k++;
            }
        }
        return x;
    }
}
