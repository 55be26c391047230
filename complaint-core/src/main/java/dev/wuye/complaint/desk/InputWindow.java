package dev.wuye.complaint.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The window of time a command's instants and dates must lie in, around the desk's clock
 * ({@link InDeskWindow}). A reception is neither before {@link #earliest()} nor later than the
 * desk's clock plus {@link #clockSkew()} (a client's clock running a little ahead is not refused); a
 * date a command names (a month, a week, a year, a visit) is neither before {@link #earliest()} nor
 * more than a year after the desk's clock; an agreed reply time is after the reception and at most a
 * year after it. Values outside are refused at validation, so a value no database stores (year
 * {@code -999999999}) or no deadline is computed for (year 0, 1900) never reaches a store.
 *
 * <p><b>Project's choice</b> (the procedure names no such limits): {@link #DEFAULT} — earliest
 * 2000-01-01, five minutes of clock skew. A host that records older paper opinions sets an earlier
 * date with {@link ComplaintDeskBuilder#inputWindow(InputWindow)}.
 *
 * @param earliest  the earliest date (in the desk's zone) a command's instant or date may name
 * @param clockSkew how far a reception may lie after the desk's clock; zero or positive, at most a day
 */
public record InputWindow(LocalDate earliest, Duration clockSkew) {

    /** 2000-01-01 and five minutes (the project's choice). */
    public static final InputWindow DEFAULT = new InputWindow(LocalDate.of(2000, 1, 1), Duration.ofMinutes(5));

    /** Checks the components: both given, the skew between zero and a day, the earliest date after year 1. */
    public InputWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and 1 day: " + clockSkew);
        }
        if (earliest.getYear() < 1) {
            throw new IllegalArgumentException("earliest must be in year 1 or later: " + earliest);
        }
    }

    /**
     * The default window with another earliest date.
     *
     * @param earliest the earliest date a command may name
     * @return the window
     */
    public static InputWindow from(LocalDate earliest) {
        return new InputWindow(earliest, DEFAULT.clockSkew());
    }
}
