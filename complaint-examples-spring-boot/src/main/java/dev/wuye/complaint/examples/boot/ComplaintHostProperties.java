package dev.wuye.complaint.examples.boot;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The host's settings under {@code wuye.*}.
 *
 * @param zone       the zone dates and working days are taken in (default Asia/Shanghai)
 * @param department the default service centre id for the monthly table endpoint
 */
@ConfigurationProperties("wuye")
public record ComplaintHostProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                      @DefaultValue("C01") String department) {
}
