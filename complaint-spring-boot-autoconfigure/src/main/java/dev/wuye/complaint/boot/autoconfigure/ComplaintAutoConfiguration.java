package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.boot.calendar.CalendarReloader;
import dev.wuye.complaint.boot.health.ProcedureHealth;
import dev.wuye.complaint.boot.sla.SlaScanObserver;
import dev.wuye.complaint.boot.sla.SlaScanRecorder;
import dev.wuye.complaint.boot.sla.SlaScanScheduler;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.CaseEventListener;
import dev.wuye.complaint.desk.CommandObserver;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.ComplaintDeskBuilder;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaAlertLedger;
import dev.wuye.complaint.sla.SlaMonitor;
import dev.wuye.complaint.sla.SlaPolicy;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyReportService;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.store.InMemoryStorage;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the complaint desk: a {@link ComplaintDesk} with its clock, live working-day calendar
 * (and the data files of {@code wuye.complaint.calendar.data}), office hours, SLA policy and storage — the JDBC
 * store on the application's {@link DataSource} when there is one, memory otherwise (with a warning) — the
 * SLA scan, who acts ({@link ActorConfiguration}), metrics ({@link MetricsConfiguration}) and health
 * ({@link HealthConfiguration}) and the REST API ({@link WebConfiguration}). Every bean backs off when the application declares its own.
 *
 * <p>Ordered after both generations' DataSource auto-configuration (named, so that one class serves Spring
 * Boot 3 and 4).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(ComplaintProperties.class)
@Import({ActorConfiguration.class, MetricsConfiguration.class, HealthConfiguration.class, WebConfiguration.class,
        ProblemConfiguration.class})
public class ComplaintAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintAutoConfiguration.class);

    private static final String JDBC_STORE = "dev.wuye.complaint.store.jdbc.JdbcStorages";

    /** Creates the auto-configuration (Spring does). */
    public ComplaintAutoConfiguration() {
    }

    /**
     * The clock everything reads (the library never reads the system time by itself).
     *
     * @param props the settings
     * @return the system clock in the configured zone
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock complaintClock(ComplaintProperties props) {
        return Clock.system(props.getZone());
    }

    /**
     * The working-day calendar in use, replaced while the application runs: it starts with the application's own
     * {@link WorkingDayCalendar} bean when there is one (a company calendar), else the bundled official one.
     *
     * @param initial the application's calendar, if any
     * @return the live calendar
     */
    @Bean
    @ConditionalOnMissingBean
    public LiveCalendar liveCalendar(ObjectProvider<WorkingDayCalendar> initial) {
        return new LiveCalendar(initial.getIfAvailable(WorkingDayCalendar::chinaMainland));
    }

    /**
     * Loads the notices of {@code wuye.complaint.calendar.data} into the calendar at start-up; a bad file stops
     * the start-up with the library's {@code CalendarDataException} naming the file and the entry.
     *
     * @param calendar  the live calendar
     * @param props     the settings
     * @param resources for {@code classpath:} entries
     * @return the reloader, already run once
     */
    @Bean
    @ConditionalOnMissingBean
    public CalendarReloader calendarReloader(LiveCalendar calendar, ComplaintProperties props, ResourceLoader resources) {
        CalendarReloader reloader = new CalendarReloader(calendar, props.getCalendar().getData(),
                Objects.requireNonNull(resources.getClassLoader(), "class loader"));
        reloader.reload();
        return reloader;
    }

    /**
     * Office hours on working days in the configured zone; off hours the duty officer registers (R-4.2.1b).
     *
     * @param props the settings
     * @return the office hours
     */
    @Bean
    @ConditionalOnMissingBean
    public OfficeHours officeHours(ComplaintProperties props) {
        return new OfficeHours(props.getOfficeHours().getOpens(), props.getOfficeHours().getCloses(), props.getZone());
    }

    /**
     * The SLA time limits and warning windows of {@code wuye.complaint.sla.*}.
     *
     * @param props the settings
     * @return the policy
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaPolicy slaPolicy(ComplaintProperties props) {
        return props.getSla().toPolicy();
    }

    /**
     * The lifecycle engine; built once and shared (thread-safe, costly to build).
     *
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public LifecycleEngine lifecycleEngine() {
        return LifecycleEngines.defaultEngine();
    }

    /**
     * Where the cases are kept: the JDBC store (complaint-store-jdbc) on the application's one DataSource, its
     * schema migrated at start-up in its own Flyway history table (safe when several instances start at once);
     * in memory when there is no DataSource or {@code wuye.complaint.storage.memory=true}, with a warning,
     * since the cases are then lost on restart.
     *
     * @param dataSources the application's data source, if any
     * @param props       the settings
     * @param resources   the application's class loader (is complaint-store-jdbc on it?)
     * @return the storage
     */
    @Bean
    @ConditionalOnMissingBean
    public Storage complaintStorage(ObjectProvider<DataSource> dataSources, ComplaintProperties props,
                                    ResourceLoader resources) {
        DataSource dataSource = props.getStorage().isMemory() ? null : dataSources.getIfUnique();
        boolean jdbcStore = ClassUtils.isPresent(JDBC_STORE, resources.getClassLoader());
        if (dataSource != null && jdbcStore) {
            return JdbcStorageFactory.open(dataSource, props.getZone());
        }
        String why = props.getStorage().isMemory() ? "wuye.complaint.storage.memory=true"
                : dataSource == null ? "the application has no single DataSource"
                : "complaint-store-jdbc is not on the class path";
        LOG.warn("**************************************************************************************");
        LOG.warn("Complaints are kept IN MEMORY ({}): every case is LOST when the application stops.", why);
        LOG.warn("Add a DataSource (spring-boot-starter-jdbc and a driver) for the JDBC store.");
        LOG.warn("**************************************************************************************");
        return new InMemoryStorage(props.getZone());
    }

    /**
     * The one desk, on the live calendar: intake's office hours and the SLA monitor read the calendar in use at
     * each intake and each scan. Told to the application's {@link CommandObserver}s (the metrics among them) and
     * {@link CaseEventListener}s; uses the application's {@link SlaAlertLedger} when it declares one.
     *
     * @param storage   the storage
     * @param clock     the clock
     * @param engine    the lifecycle engine
     * @param calendar  the live calendar (loaded before the desk is built)
     * @param hours     the office hours
     * @param policy    the SLA policy
     * @param props     the settings
     * @param ledger    the application's alert ledger, if any
     * @param observers the command observers
     * @param listeners the case event listeners
     * @return the desk
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintDesk complaintDesk(Storage storage, Clock clock, LifecycleEngine engine, CalendarReloader calendar,
                                       OfficeHours hours, SlaPolicy policy, ComplaintProperties props,
                                       ObjectProvider<SlaAlertLedger> ledger, ObjectProvider<CommandObserver> observers,
                                       ObjectProvider<CaseEventListener> listeners) {
        ComplaintDeskBuilder b = ComplaintDesk.builder().storage(storage).clock(clock).lifecycleEngine(engine)
                .calendar(calendar.calendar()).officeHours(hours).zone(props.getZone()).slaPolicy(policy)
                .gmdDepartment(props.getGmdDepartment()).visitRosters(props.getVisitRosters())
                .statisticsSettings(statistics(props));
        props.getDelegatedAssignment().forEach((department, receivers) ->
                receivers.forEach(receiver -> b.delegateAssignment(department, receiver)));
        ledger.ifAvailable(b::slaAlertLedger);
        List<CommandObserver> all = observers.orderedStream().toList();
        if (!all.isEmpty()) {
            b.commandObserver((command, result) -> all.forEach(o -> o.observed(command, result)));
        }
        List<CaseEventListener> heard = listeners.orderedStream().toList();
        if (!heard.isEmpty()) {
            b.eventListener(event -> heard.forEach(l -> l.on(event)));
        }
        return b.build();
    }

    /**
     * The desk's SLA monitor (R-4.7, R-4.4.2b, R-4.2.1b, R-4.4.1b).
     *
     * @param desk the desk
     * @return its monitor
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaMonitor slaMonitor(ComplaintDesk desk) {
        return desk.slaMonitor();
    }

    /**
     * The monthly analysis tables over the desk's storage and time limits.
     *
     * @param storage the storage
     * @param clock   the clock
     * @param monitor the SLA monitor whose calculator judges timeliness
     * @param props   the settings
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public MonthlyReportService monthlyReportService(Storage storage, Clock clock, SlaMonitor monitor,
                                                     ComplaintProperties props) {
        return new MonthlyReportService(storage, clock, new MonthlyAnalysisCalculator(
                new TimeLimits(monitor.calculator()), statistics(props)));
    }

    /** The library's statistics defaults in the configured zone. */
    private static StatisticsSettings statistics(ComplaintProperties props) {
        StatisticsSettings d = StatisticsSettings.defaults();
        return new StatisticsSettings(props.getZone(), d.overdueListLimit(), d.visitQuota(), d.submissionDueDay(),
                d.companyDepartment());
    }

    /**
     * Where every SLA scan of this instance reports (the health indicator and the metrics read it).
     *
     * @param observers told of each scan and alert
     * @return the recorder
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaScanRecorder slaScanRecorder(ObjectProvider<SlaScanObserver> observers) {
        return new SlaScanRecorder(observers.orderedStream().toList());
    }

    /**
     * The starter's own SLA scan every {@code wuye.complaint.sla.scan-interval}; off with
     * {@code wuye.complaint.sla.scan-enabled=false} (an application that schedules its own).
     *
     * @param desk     the desk
     * @param recorder where scans and alerts are reported
     * @param clock    the clock
     * @param props    the settings
     * @return the scheduler
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "wuye.complaint.sla", name = "scan-enabled", havingValue = "true", matchIfMissing = true)
    public SlaScanScheduler slaScanScheduler(ComplaintDesk desk, SlaScanRecorder recorder, Clock clock,
                                             ComplaintProperties props) {
        desk.subscribe(recorder::recordAlert);
        return new SlaScanScheduler(desk, recorder, clock, props.getSla().getScanInterval());
    }

    /**
     * The procedure's health (shown by Actuator when present).
     *
     * @param calendar the live calendar
     * @param scans    this instance's scans
     * @param clock    the clock
     * @param props    the settings
     * @return the health
     */
    @Bean
    @ConditionalOnMissingBean
    public ProcedureHealth procedureHealth(LiveCalendar calendar, SlaScanRecorder scans, Clock clock,
                                           ComplaintProperties props) {
        return new ProcedureHealth(calendar, scans, clock, props.getZone());
    }
}
