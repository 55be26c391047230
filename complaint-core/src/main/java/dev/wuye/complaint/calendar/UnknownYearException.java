package dev.wuye.complaint.calendar;

/**
 * A working-day computation needed a year the calendar has no holiday data for, under
 * {@link UnknownYearPolicy#FAIL}. The message names the year and how to load its data.
 */
public final class UnknownYearException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int year;

    /**
     * Creates the exception.
     *
     * @param year the year without data
     */
    public UnknownYearException(int year) {
        super("The working-day calendar has no holiday data for the year " + year
                + ". Load the State Council's notice for " + year + " in the holiday-cn JSON format"
                + " (https://github.com/NateScarlet/holiday-cn, file " + year + ".json) with"
                + " WorkingDayCalendar.chinaMainland().toBuilder().load(Path.of(\"" + year + ".json\")).build(),"
                + " or opt in to UnknownYearPolicy.WEEKENDS_ONLY.");
        this.year = year;
    }

    /** The year without data. */
    public int year() {
        return year;
    }
}
