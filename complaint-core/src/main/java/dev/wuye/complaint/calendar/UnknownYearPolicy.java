package dev.wuye.complaint.calendar;

/**
 * What a {@link WorkingDayCalendar} does with a date in a year it has no holiday data for (no
 * official notice loaded, no {@link WorkingDayCalendar.Builder#knownYears declared year}). The defaults
 * named below are the project's choice: the procedure gives no rule for a year without calendar data.
 */
public enum UnknownYearPolicy {
    /**
     * 无数据即报错 — throw an {@link UnknownYearException} naming the year and how to load its data.
     * The default of {@link WorkingDayCalendar#builder()}, for calendars that must never guess.
     */
    FAIL("无数据即报错"),
    /**
     * 按法定假日暂定 — count a year of {@value ProvisionalYears#FIRST_YEAR}–{@value ProvisionalYears#LAST_YEAR}
     * provisionally ({@link ProvisionalYears}: weekends plus the statutory holidays of the law in force,
     * no adjusted working days), flag every answer that depends on it and log one warning per year;
     * throw an {@link UnknownYearException} for other years. The default of
     * {@link WorkingDayCalendar#chinaMainland()}.
     */
    PROVISIONAL("按法定假日暂定"),
    /**
     * 按周末推算 — treat the year as weekends (and explicit overrides) only, logging one warning per year.
     * Counts 元旦 and 春节 as working days, so it is meant for calendars whose years have no statutory
     * holidays to add (a company calendar outside mainland China without declared years), or for any year
     * beyond the provisional table; mainland calendars should prefer {@link #PROVISIONAL}.
     */
    WEEKENDS_ONLY("按周末推算");

    private final String label;

    UnknownYearPolicy(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
