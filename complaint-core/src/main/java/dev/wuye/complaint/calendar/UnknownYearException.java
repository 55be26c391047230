package dev.wuye.complaint.calendar;

/**
 * A working-day computation needed a year the calendar has no holiday data for: any such year under
 * {@link UnknownYearPolicy#FAIL}, a year outside {@value ProvisionalYears#FIRST_YEAR}–{@value ProvisionalYears#LAST_YEAR}
 * under {@link UnknownYearPolicy#PROVISIONAL}. The message names the year and how to load its data.
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
                + " LiveCalendar.load(Path.of(\"" + year + ".json\")) or"
                + " WorkingDayCalendar.chinaMainland().toBuilder().load(Path.of(\"" + year + ".json\")).build()."
                + " Years " + ProvisionalYears.FIRST_YEAR + "–" + ProvisionalYears.LAST_YEAR
                + " can be counted provisionally with UnknownYearPolicy.PROVISIONAL (statutory holidays only),"
                + " any year with UnknownYearPolicy.WEEKENDS_ONLY (weekends only).");
        this.year = year;
    }

    /** The year without data. */
    public int year() {
        return year;
    }
}
