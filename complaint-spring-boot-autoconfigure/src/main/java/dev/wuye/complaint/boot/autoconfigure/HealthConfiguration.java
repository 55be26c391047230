package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.boot.health.Boot3ProcedureHealthIndicator;
import dev.wuye.complaint.boot.health.Boot4ProcedureHealthIndicator;
import dev.wuye.complaint.boot.health.ProcedureHealth;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code procedure} health component, on whichever health API the application has: Spring Boot 4's
 * ({@code spring-boot-health}) or Spring Boot 3's ({@code spring-boot-actuator}). Off with
 * {@code management.health.procedure.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "management.health.procedure", name = "enabled", havingValue = "true",
        matchIfMissing = true)
@Import({HealthConfiguration.Boot4.class, HealthConfiguration.Boot3.class})
class HealthConfiguration {

    /** The bean name; Actuator names the component after it, less {@code HealthIndicator}. */
    static final String BEAN = "procedureHealthIndicator";

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {

        @Bean(BEAN)
        @ConditionalOnMissingBean(name = BEAN)
        Boot4ProcedureHealthIndicator procedureHealthIndicator(ProcedureHealth health) {
            return new Boot4ProcedureHealthIndicator(health);
        }
    }

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot3 {

        @Bean(BEAN)
        @ConditionalOnMissingBean(name = BEAN)
        Boot3ProcedureHealthIndicator procedureHealthIndicator(ProcedureHealth health) {
            return new Boot3ProcedureHealthIndicator(health);
        }
    }
}
