package dev.wuye.complaint.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.boot.actor.SecurityActorResolver;
import dev.wuye.complaint.boot.health.ProcedureHealth;
import dev.wuye.complaint.boot.metrics.ComplaintMetrics;
import dev.wuye.complaint.boot.sla.SlaScanScheduler;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaPolicy;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.ClassUtils;

/** Each condition of {@link ComplaintAutoConfiguration}, with {@link ApplicationContextRunner}. */
@ExtendWith(OutputCaptureExtension.class)
class ComplaintAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ComplaintAutoConfiguration.class))
            .withBean(Clock.class, () -> Intakes.FRIDAY_10)
            .withPropertyValues("wuye.complaint.sla.scan-enabled=false");

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:starter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    @Test
    @DisplayName("Without a DataSource the cases are kept in memory, with a loud warning; the desk records an opinion")
    void inMemoryWithoutDataSource(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ComplaintDesk.class);
            assertThat(context.getBean(Storage.class)).isInstanceOf(InMemoryStorage.class);
            assertThat(output).contains("IN MEMORY").contains("LOST");
            CommandResult r = context.getBean(ComplaintDesk.class).submit(Intakes.opinion("k1", "电梯故障"));
            assertThat(r).isInstanceOf(CommandResult.Accepted.class);
        });
    }

    @Test
    @DisplayName("With the application's DataSource the JDBC store is used, its schema migrated")
    void jdbcOnDataSource() {
        runner.withBean(DataSource.class, ComplaintAutoConfigurationTest::h2).run(context -> {
            assertThat(context.getBean(Storage.class)).isInstanceOf(JdbcStorage.class);
            ComplaintDesk desk = context.getBean(ComplaintDesk.class);
            CommandResult r = desk.submit(Intakes.opinion("k1", "电梯故障"));
            assertThat(desk.find(((CommandResult.Accepted) r).caseId())).isPresent();
        });
    }

    @Test
    @DisplayName("wuye.complaint.storage.memory=true keeps the cases in memory beside a DataSource")
    void memoryChosen() {
        runner.withBean(DataSource.class, ComplaintAutoConfigurationTest::h2)
                .withPropertyValues("wuye.complaint.storage.memory=true")
                .run(context -> assertThat(context.getBean(Storage.class)).isInstanceOf(InMemoryStorage.class));
    }

    @Test
    @DisplayName("Without complaint-store-jdbc on the class path the DataSource is not used: memory, with the warning")
    void noJdbcStoreModule(CapturedOutput output) {
        runner.withBean(DataSource.class, ComplaintAutoConfigurationTest::h2)
                .withClassLoader(new FilteredClassLoader("dev.wuye.complaint.store.jdbc"))
                .run(context -> {
                    assertThat(context.getBean(Storage.class)).isInstanceOf(InMemoryStorage.class);
                    assertThat(output).contains("complaint-store-jdbc is not on the class path");
                });
    }

    @Test
    @DisplayName("Every bean backs off when the application declares its own")
    void backsOff() {
        InMemoryStorage mine = new InMemoryStorage();
        ComplaintDesk myDesk = ComplaintDesk.builder().storage(mine).build();
        runner.withBean(Storage.class, () -> mine).withBean(ComplaintDesk.class, () -> myDesk)
                .withBean(SlaPolicy.class, SlaPolicy::defaults)
                .withBean(OfficeHours.class, OfficeHours::defaults)
                .run(context -> {
                    assertThat(context.getBean(Storage.class)).isSameAs(mine);
                    assertThat(context.getBean(ComplaintDesk.class)).isSameAs(myDesk);
                    assertThat(context).hasSingleBean(SlaPolicy.class).hasSingleBean(OfficeHours.class)
                            .hasSingleBean(Clock.class);
                });
    }

    @Test
    @DisplayName("R-4.7 wuye.complaint.sla.*, office hours and the GMD department are bound from properties")
    void propertiesBound() {
        runner.withPropertyValues("wuye.complaint.sla.service-centre-limit-days=4",
                        "wuye.complaint.sla.company-limit-days=8", "wuye.complaint.sla.due-soon-working-days=2",
                        "wuye.complaint.sla.handover-due-soon=PT45M", "wuye.complaint.sla.follow-up-days=3",
                        "wuye.complaint.office-hours.opens=09:00", "wuye.complaint.office-hours.closes=18:00",
                        "wuye.complaint.gmd-department=ZHB", "wuye.complaint.zone=Asia/Urumqi")
                .run(context -> {
                    SlaPolicy policy = context.getBean(SlaPolicy.class);
                    assertThat(policy.serviceCentreLimitDays()).isEqualTo(4);
                    assertThat(policy.companyLimitDays()).isEqualTo(8);
                    assertThat(policy.dueSoonWorkingDays()).isEqualTo(2);
                    assertThat(policy.handoverDueSoon()).isEqualTo(Duration.ofMinutes(45));
                    assertThat(policy.followUpDays()).isEqualTo(3);
                    OfficeHours hours = context.getBean(OfficeHours.class);
                    assertThat(hours.opens()).isEqualTo(LocalTime.of(9, 0));
                    assertThat(hours.closes()).isEqualTo(LocalTime.of(18, 0));
                    assertThat(context.getBean(ComplaintProperties.class).getGmdDepartment()).isEqualTo("ZHB");
                });
    }

    @Test
    @DisplayName("R-4.7 the defaults are the procedure's: 3 and 7 working days, follow-up after 2")
    void procedureDefaults() {
        runner.run(context -> {
            SlaPolicy policy = context.getBean(SlaPolicy.class);
            assertThat(policy.serviceCentreLimitDays()).isEqualTo(3);
            assertThat(policy.companyLimitDays()).isEqualTo(7);
            assertThat(policy.followUpDays()).isEqualTo(2);
            assertThat(policy.customerUpdatesPerWeek()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("The SLA scan is scheduled unless wuye.complaint.sla.scan-enabled=false")
    void scanScheduled() {
        runner.withPropertyValues("wuye.complaint.sla.scan-enabled=true", "wuye.complaint.sla.scan-interval=PT1H")
                .run(context -> assertThat(context).hasSingleBean(SlaScanScheduler.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(SlaScanScheduler.class));
    }

    @Test
    @DisplayName("With Spring Security the ActorResolver reads the Authentication; without it none is declared")
    void actorResolver() {
        runner.run(context -> assertThat(context.getBean(ActorResolver.class)).isInstanceOf(SecurityActorResolver.class));
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .run(context -> assertThat(context).doesNotHaveBean(ActorResolver.class));
        ActorResolver mine = () -> Optional.of(Actor.of("s1", "C01", Role.RECEIVER));
        runner.withBean(ActorResolver.class, () -> mine)
                .run(context -> assertThat(context.getBean(ActorResolver.class)).isSameAs(mine));
    }

    @Test
    @DisplayName("Metrics: accepted, rejected (by rule) and invalid commands are counted per command type")
    void metrics() {
        runner.run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(ComplaintMetrics.class).bindTo(registry);
            ComplaintDesk desk = context.getBean(ComplaintDesk.class);
            String id = ((CommandResult.Accepted) desk.submit(Intakes.opinion("k1", "电梯故障"))).caseId();
            CommandResult.Invalid invalid = (CommandResult.Invalid) desk.submit(Intakes.opinion("k2", " "));
            assertThat(invalid.violations()).isNotEmpty();
            CommandResult.Rejected rejected = (CommandResult.Rejected) desk.submit(
                    new ApproveSolution(Actor.of("h-li", "C01", Role.DEPARTMENT_HEAD), id));
            assertThat(registry.get(ComplaintMetrics.ACCEPTED).tag("command", "ReceiveOpinion").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get(ComplaintMetrics.INVALID).tag("command", "ReceiveOpinion").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get(ComplaintMetrics.REJECTED).tag("command", "ApproveSolution")
                    .tag("rule", rejected.ruleId()).counter().count()).isEqualTo(1.0);
            assertThat(registry.get(ComplaintMetrics.LAST_OFFICIAL_YEAR).gauge().value()).isGreaterThanOrEqualTo(2026);
        });
        runner.withClassLoader(new FilteredClassLoader("io.micrometer"))
                .run(context -> assertThat(context).doesNotHaveBean(ComplaintMetrics.class)
                        .hasSingleBean(ComplaintDesk.class));
    }

    @Test
    @DisplayName("Health: the procedure indicator on the health API of the Boot generation present, none without Actuator")
    void health() {
        boolean boot4 = ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", null);
        String api = boot4 ? "org.springframework.boot.health.contributor.HealthIndicator"
                : "org.springframework.boot.actuate.health.HealthIndicator";
        runner.run(context -> {
            assertThat(context).hasBean("procedureHealthIndicator").hasSingleBean(ProcedureHealth.class);
            assertThat(ClassUtils.forName(api, null).isInstance(context.getBean("procedureHealthIndicator"))).isTrue();
        });
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.health",
                        "org.springframework.boot.health"))
                .run(context -> assertThat(context).doesNotHaveBean("procedureHealthIndicator"));
        runner.withPropertyValues("management.health.procedure.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("procedureHealthIndicator"));
    }

    @Test
    @DisplayName("R-4.3.1c delegated assignment and visit rosters are read from properties")
    void delegationAndRosters() {
        runner.withPropertyValues("wuye.complaint.delegated-assignment.C01[0]=r-wang",
                        "wuye.complaint.visit-rosters.C01[0]=cs-zhou", "wuye.complaint.visit-rosters.C01[1]=cs-wu")
                .run(context -> {
                    ComplaintProperties props = context.getBean(ComplaintProperties.class);
                    assertThat(props.getDelegatedAssignment()).containsEntry("C01", Set.of("r-wang"));
                    assertThat(props.getVisitRosters().get("C01")).containsExactlyInAnyOrder("cs-zhou", "cs-wu");
                });
    }
}
