package dev.wuye.complaint.boot.health;

import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@link ProcedureHealth} as a Spring Boot 3 health indicator ({@code org.springframework.boot.actuate.health}),
 * component {@code procedure} of {@code /actuator/health}.
 */
public final class Boot3ProcedureHealthIndicator implements HealthIndicator {

    /** Something a person has to act on, while the service works. */
    public static final Status WARNING = new Status(ProcedureHealth.WARNING, "the procedure runs, but a person has to act");

    private final ProcedureHealth procedure;

    /**
     * @param procedure the procedure's health
     */
    public Boot3ProcedureHealthIndicator(ProcedureHealth procedure) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
    }

    @Override
    public Health health() {
        ProcedureHealth.Report report = procedure.report();
        Status status = ProcedureHealth.WARNING.equals(report.status()) ? WARNING : Status.UP;
        return Health.status(status).withDetails(report.details()).build();
    }
}
