package dev.wuye.complaint.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * 在用日历 — the working-day calendar in use, replaced while the application runs: a host loads next
 * year's State Council notice (holiday-cn JSON) from a file, a directory, a URL or the classpath, at
 * start-up or at any time after, without a restart or a new release.
 *
 * <p>Each load builds a new immutable {@link WorkingDayCalendar} from the one in use plus the new
 * notices, and swaps it in atomically only when everything parsed and agreed; on bad data it throws a
 * {@link CalendarDataException} naming the file and the entry, and the calendar in use is unchanged.
 * Readers call {@link #current()} (or {@link #get()}) for each computation and never see a half-loaded
 * calendar. Concurrent loads are applied one after the other. Thread-safe.
 */
public final class LiveCalendar implements Supplier<WorkingDayCalendar> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCalendar.class);

    private final AtomicReference<WorkingDayCalendar> current;

    /**
     * Creates a live calendar starting with a given calendar (e.g. a company calendar).
     *
     * @param initial the calendar in use until the first load
     */
    public LiveCalendar(WorkingDayCalendar initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /**
     * A live calendar starting with {@link WorkingDayCalendar#chinaMainland()}.
     *
     * @return a new live calendar
     */
    public static LiveCalendar chinaMainland() {
        return new LiveCalendar(WorkingDayCalendar.chinaMainland());
    }

    /** The calendar in use now: an immutable snapshot, to be used for one computation or one request. */
    public WorkingDayCalendar current() {
        return current.get();
    }

    /** The calendar in use now; the same as {@link #current()}, for code that takes a {@link Supplier}. */
    @Override
    public WorkingDayCalendar get() {
        return current.get();
    }

    /**
     * Loads a notice file, or every {@code YYYY.json} of a directory, and swaps the calendar.
     *
     * @param fileOrDirectory the file or directory
     * @return the new calendar in use
     * @throws CalendarDataException bad data (the calendar in use is unchanged)
     */
    public WorkingDayCalendar load(Path fileOrDirectory) {
        return add(HolidayDataLoader.read(fileOrDirectory));
    }

    /**
     * Loads a notice from a URL and swaps the calendar.
     *
     * @param url the URL, e.g. of a host's mirror of {@code 2027.json}
     * @return the new calendar in use
     * @throws CalendarDataException unreadable or bad data (the calendar in use is unchanged)
     */
    public WorkingDayCalendar load(URL url) {
        return add(List.of(HolidayDataLoader.readUrl(url)));
    }

    /**
     * Loads a notice from the classpath and swaps the calendar.
     *
     * @param loader   the class loader to look in
     * @param resource the resource path, e.g. {@code holiday-cn/2027.json}
     * @return the new calendar in use
     * @throws CalendarDataException a missing resource or bad data (the calendar in use is unchanged)
     */
    public WorkingDayCalendar loadResource(ClassLoader loader, String resource) {
        return add(List.of(HolidayDataLoader.readResource(loader, resource)));
    }

    /**
     * Adds notices already read (each replaces a notice of the same year) and swaps the calendar.
     *
     * @param years the notices; at most one per year
     * @return the new calendar in use
     * @throws CalendarDataException two of them are for the same year, or they contradict each other or a
     *                               neighbouring year's notice (the calendar in use is unchanged)
     */
    public WorkingDayCalendar add(Collection<HolidayCnYear> years) {
        Objects.requireNonNull(years, "years");
        Map<Integer, HolidayCnYear> byYear = new TreeMap<>();
        for (HolidayCnYear y : years) {
            HolidayCnYear before = byYear.put(Objects.requireNonNull(y, "year").year(), y);
            if (before != null) {
                throw new CalendarDataException(y.source(), "year", Integer.toString(y.year()),
                        "is also the year of " + before.source() + "; load one notice per year");
            }
        }
        while (true) {
            WorkingDayCalendar base = current.get();
            WorkingDayCalendar.Builder b = base.toBuilder();
            byYear.values().forEach(b::add);
            WorkingDayCalendar next = b.build();
            if (current.compareAndSet(base, next)) {
                LOG.info("Working-day calendar: loaded holiday data for {} ({}); provisional years now {}",
                        byYear.keySet(), byYear.values().stream().map(HolidayCnYear::source).toList(),
                        WorkingDayCalendar.rangesOf(next.provisionalYears()));
                return next;
            }
        }
    }

    /**
     * Puts another calendar in use (e.g. a company calendar rebuilt with new overrides).
     *
     * @param calendar the new calendar
     * @return the calendar that was in use
     */
    public WorkingDayCalendar replace(WorkingDayCalendar calendar) {
        return current.getAndSet(Objects.requireNonNull(calendar, "calendar"));
    }
}
