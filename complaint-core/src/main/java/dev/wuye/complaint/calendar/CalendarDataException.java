package dev.wuye.complaint.calendar;

/**
 * A calendar data file (holiday-cn JSON, or the bundled data) is malformed or contradicts data
 * already loaded. The message names the file, the field and the offending value.
 */
public final class CalendarDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param source  the file or resource name
     * @param field   the JSON path of the field, e.g. {@code days[3].date}
     * @param value   the offending value as text ({@code null} when missing)
     * @param problem what is wrong with it
     */
    public CalendarDataException(String source, String field, String value, String problem) {
        this(source, field, value, problem, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param source  the file or resource name
     * @param field   the JSON path of the field
     * @param value   the offending value as text ({@code null} when missing)
     * @param problem what is wrong with it
     * @param cause   the underlying parse or I/O error; nullable
     */
    public CalendarDataException(String source, String field, String value, String problem, Throwable cause) {
        super("Calendar data file " + source + ": field " + field + ": value "
                + (value == null ? "<missing>" : value) + ": " + problem, cause);
        this.source = source;
        this.field = field;
        this.value = value;
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending field. */
    public String field() {
        return field;
    }

    /** The offending value as text, {@code null} when it was missing. */
    public String value() {
        return value;
    }
}
