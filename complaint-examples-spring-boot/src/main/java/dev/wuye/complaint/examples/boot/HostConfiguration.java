package dev.wuye.complaint.examples.boot;

import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.calendar.CalendarReloader;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaMonitor;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyReportService;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.store.jdbc.JdbcStorages;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The library's objects as beans: the clock, the live working-day calendar and its loader, the storage and
 * the desk.
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

    /**
     * The working-day calendar in use, replaced while the application runs: it starts with the
     * application's own {@link WorkingDayCalendar} bean when there is one (a company calendar), else with
     * the official mainland-China calendar bundled with the library.
     */
    @Bean
    @ConditionalOnMissingBean
    public LiveCalendar liveCalendar(ObjectProvider<WorkingDayCalendar> initial) {
        return new LiveCalendar(initial.getIfAvailable(WorkingDayCalendar::chinaMainland));
    }

    /**
     * Loads the notices of {@code wuye.calendar.data} into the calendar at start-up; a bad file stops
     * the start-up with the library's {@code CalendarDataException} naming the file and the entry.
     */
    @Bean
    public CalendarReloader calendarReloader(LiveCalendar calendar, ComplaintHostProperties props,
                                             ResourceLoader resources) {
        CalendarReloader reloader = new CalendarReloader(calendar, props.calendar().data(),
                Objects.requireNonNull(resources.getClassLoader(), "class loader"));
        reloader.reload();
        return reloader;
    }

    /** Office hours on working days (08:30–17:30 in the configured zone); off hours the duty officer registers. */
    @Bean
    @ConditionalOnMissingBean
    public OfficeHours officeHours(ComplaintHostProperties props) {
        return new OfficeHours(OfficeHours.DEFAULT_OPENS, OfficeHours.DEFAULT_CLOSES, props.zone());
    }

    /** The lifecycle engine; built once, shared by the desk (it is thread-safe and costly to build). */
    @Bean
    @ConditionalOnMissingBean
    public LifecycleEngine lifecycleEngine() {
        return LifecycleEngines.defaultEngine();
    }

    /**
     * Where the cases are kept: the JDBC store (complaint-store-jdbc) on Spring's data source (H2, or
     * PostgreSQL / MariaDB by profile), its schema migrated at start-up with its own Flyway history
     * table (safe when several instances start at once).
     */
    @Bean
    @ConditionalOnMissingBean
    public Storage storage(DataSource dataSource, ComplaintHostProperties props) {
        return JdbcStorages.migrateAndOpen(dataSource, props.zone());
    }

    /**
     * The one desk, on the live calendar (loaded before the desk is built): intake's office hours and the
     * SLA monitor read the calendar in use at each intake and each scan. Its results are rendered per
     * request in the caller's language ({@code Rejection.message(Locale)}, {@code FieldViolation.message(Locale)}),
     * so one desk serves every language.
     */
    @Bean
    public ComplaintDesk complaintDesk(Storage storage, Clock clock, LifecycleEngine engine,
                                       CalendarReloader calendar, OfficeHours hours, ComplaintHostProperties props) {
        return ComplaintDesk.builder().storage(storage).clock(clock).lifecycleEngine(engine)
                .calendar(calendar.calendar()).officeHours(hours).zone(props.zone()).build();
    }

    /** The monthly analysis tables over the same storage and calendar. */
    @Bean
    @ConditionalOnMissingBean
    public MonthlyReportService monthlyReportService(Storage storage, Clock clock, SlaMonitor monitor) {
        return new MonthlyReportService(storage, clock, new MonthlyAnalysisCalculator(
                new TimeLimits(monitor.calculator()), StatisticsSettings.defaults()));
    }

    /**
     * The library's SLA monitor over the stored cases (R-4.7, R-4.4.2b, R-4.2.1b, R-4.4.1b): the desk's
     * own, built from the same storage, calendar, office hours and clock.
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaMonitor slaMonitor(ComplaintDesk desk) {
        return desk.slaMonitor();
    }
}
