package dev.wuye.complaint.calendar;

/** What a {@link WorkingDayCalendar} does with a date in a year it has no holiday data for. */
public enum UnknownYearPolicy {
    /** 无数据即报错 — throw an {@link UnknownYearException} naming the year and how to load its data (the default). */
    FAIL("无数据即报错"),
    /** 按周末推算 — treat the year as weekends (and explicit overrides) only, logging one warning per year. */
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
