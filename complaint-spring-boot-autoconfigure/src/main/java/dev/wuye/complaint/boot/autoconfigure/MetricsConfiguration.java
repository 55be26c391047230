package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.boot.metrics.ComplaintMetrics;
import dev.wuye.complaint.calendar.LiveCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer meters of the procedure, with Micrometer on the class path: bound by Spring Boot to the
 * application's registries, and counting nothing when there is none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
class MetricsConfiguration {

    /**
     * The meters; also the desk's command observer and an SLA scan observer.
     *
     * @param calendar the live calendar (its last official year is a gauge)
     * @return the meters
     */
    @Bean
    @ConditionalOnMissingBean
    ComplaintMetrics complaintMetrics(LiveCalendar calendar) {
        return new ComplaintMetrics(calendar);
    }
}
