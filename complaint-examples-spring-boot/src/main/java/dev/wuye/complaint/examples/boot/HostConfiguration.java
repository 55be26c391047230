package dev.wuye.complaint.examples.boot;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library's objects as beans: the clock, the working-day calendar, the storage and the desk.
 * Every bean backs off when the application declares its own.
 */
@Configuration(proxyBeanMethods = false)
public class HostConfiguration {

    /** The clock everything reads (the library never reads the system time by itself). */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock(ComplaintHostProperties props) {
        return Clock.system(props.zone());
    }

    /** The official mainland-China working-day calendar bundled with the library. */
    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.chinaMainland();
    }
}
