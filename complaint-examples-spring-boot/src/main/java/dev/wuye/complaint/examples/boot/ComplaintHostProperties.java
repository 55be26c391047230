package dev.wuye.complaint.examples.boot;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The host's settings under {@code wuye.*}.
 *
 * @param zone       the zone dates and working days are taken in (default Asia/Shanghai)
 * @param department the default service centre id for the monthly table endpoint
 * @param calendar   where the working-day calendar's extra holiday notices come from
 */
@ConfigurationProperties("wuye")
public record ComplaintHostProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                      @DefaultValue("C01") String department,
                                      @DefaultValue Calendar calendar) {

    /** Fills in an empty {@code calendar} section when none was bound. */
    public ComplaintHostProperties {
        calendar = calendar == null ? new Calendar(List.of()) : calendar;
    }

    /**
     * The settings under {@code wuye.calendar.*}.
     *
     * @param data the holiday notices (holiday-cn JSON) loaded over the bundled calendar at start-up and
     *             again by {@code POST /api/admin/calendar/reload}: each a file, a directory (every
     *             {@code YYYY.json} in it), a {@code classpath:} resource or a URL; empty by default
     */
    public record Calendar(List<String> data) {

        /** Keeps an unmodifiable copy; no entry bound is an empty list. */
        public Calendar {
            data = data == null ? List.of() : List.copyOf(data);
        }
    }
}
