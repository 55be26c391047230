package dev.wuye.complaint.boot.health;

import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link ProcedureHealth} as a Spring Boot 4 health indicator ({@code org.springframework.boot.health.contributor}),
 * component {@code procedure} of {@code /actuator/health}.
 */
public final class Boot4ProcedureHealthIndicator implements HealthIndicator {

    /** Something a person has to act on, while the service works. */
    public static final Status WARNING = new Status(ProcedureHealth.WARNING, "the procedure runs, but a person has to act");

    private final ProcedureHealth procedure;

    /**
     * @param procedure the procedure's health
     */
    public Boot4ProcedureHealthIndicator(ProcedureHealth procedure) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
    }

    @Override
    public Health health() {
        ProcedureHealth.Report report = procedure.report();
        Status status = ProcedureHealth.WARNING.equals(report.status()) ? WARNING : Status.UP;
        return Health.status(status).withDetails(report.details()).build();
    }
}
