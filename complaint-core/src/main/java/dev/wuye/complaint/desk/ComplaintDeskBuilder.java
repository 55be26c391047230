package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.classification.RecurrenceSettings;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaAlertLedger;
import dev.wuye.complaint.sla.SlaPolicy;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.store.InMemoryStorage;
import dev.wuye.complaint.visit.VisitQuota;
import jakarta.validation.Validator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/** Builds a {@link ComplaintDesk}. Not thread-safe; the desk it builds is. */
public final class ComplaintDeskBuilder {
    Storage storage = new InMemoryStorage();
    Clock clock = Clock.systemUTC();
    LifecycleEngine engine = LifecycleEngines.defaultEngine();
    WorkingDayCalendar calendar;
    Supplier<WorkingDayCalendar> calendars;
    OfficeHours officeHours = OfficeHours.defaults();
    Validator validator;
    CaseEventListener listener = CaseEventListener.NONE;
    CommandObserver observer = CommandObserver.NONE;
    Supplier<String> ids = new RandomIds();
    String gmdDepartment = Authority.DEFAULT_GMD_DEPARTMENT;
    final Map<String, Set<String>> assignmentDelegations = new HashMap<>();
    ZoneId zone;
    CategoryTaxonomy categories = CategoryTaxonomy.propertyManagement();
    SlaPolicy slaPolicy;
    SlaAlertLedger slaLedger;
    TimeLimits timeLimits;
    StatisticsSettings statisticsSettings = StatisticsSettings.defaults();
    VisitQuota visitQuota = VisitQuota.procedure();
    RecurrenceSettings recurrenceSettings = RecurrenceSettings.defaults();
    Map<String, Set<String>> rosters = Map.of();
    List<String> onlineCollectionDepartments = List.of();
    InputWindow inputWindow = InputWindow.DEFAULT;

    ComplaintDeskBuilder() {
    }

    /**
     * The categories {@link Classify#category()} must come from (R-4.2.2a); default
     * {@link CategoryTaxonomy#propertyManagement()}.
     */
    public ComplaintDeskBuilder categories(CategoryTaxonomy categories) {
        this.categories = Objects.requireNonNull(categories, "categories");
        return this;
    }

    /** The SLA time limits and warning windows; default {@link SlaPolicy#defaults()}. */
    public ComplaintDeskBuilder slaPolicy(SlaPolicy slaPolicy) {
        this.slaPolicy = Objects.requireNonNull(slaPolicy, "slaPolicy");
        return this;
    }

    /** Which SLA alerts were fired already (shared by host instances); default in memory. */
    public ComplaintDeskBuilder slaAlertLedger(SlaAlertLedger ledger) {
        this.slaLedger = Objects.requireNonNull(ledger, "ledger");
        return this;
    }

    /**
     * The departments whose daily online collection (R-4.2.1c) the desk's SLA monitor watches: a working
     * day without a {@link CollectOnlineOpinions} run raises
     * {@link dev.wuye.complaint.sla.SlaClock#ONLINE_COLLECTION}; default none.
     */
    public ComplaintDeskBuilder onlineCollectionDepartments(Collection<String> departments) {
        this.onlineCollectionDepartments = List.copyOf(Objects.requireNonNull(departments, "departments"));
        return this;
    }

    /** The time limits the monthly tables judge timeliness by; default the SLA monitor's. */
    public ComplaintDeskBuilder timeLimits(TimeLimits timeLimits) {
        this.timeLimits = Objects.requireNonNull(timeLimits, "timeLimits");
        return this;
    }

    /** The statistics settings (due day, overdue list length …); default {@link StatisticsSettings#defaults()}. */
    public ComplaintDeskBuilder statisticsSettings(StatisticsSettings settings) {
        this.statisticsSettings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** The monthly visit quota; default {@link VisitQuota#procedure()}. */
    public ComplaintDeskBuilder visitQuota(VisitQuota quota) {
        this.visitQuota = Objects.requireNonNull(quota, "quota");
        return this;
    }

    /** What counts as a recurrence (R-4.4.2d6, R-4.3.1b); default {@link RecurrenceSettings#defaults()}. */
    public ComplaintDeskBuilder recurrenceSettings(RecurrenceSettings settings) {
        this.recurrenceSettings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** Department → customer-service staff who owe visits, for the tables and quota; default none. */
    public ComplaintDeskBuilder visitRosters(Map<String, Set<String>> rosters) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(rosters, "rosters").forEach((d, r) -> copy.put(d, Set.copyOf(r)));
        this.rosters = copy;
        return this;
    }

    /** Where cases, audit trails and logs are kept; default a new {@link InMemoryStorage}. */
    public ComplaintDeskBuilder storage(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
        return this;
    }

    /** The only source of time; default {@link Clock#systemUTC()}. */
    public ComplaintDeskBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The lifecycle engine; default {@link LifecycleEngines#defaultEngine()}. */
    public ComplaintDeskBuilder lifecycleEngine(LifecycleEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return this;
    }

    /** The working-day calendar for office hours (R-4.2.1b); default {@link WorkingDayCalendar#chinaMainland()}. */
    public ComplaintDeskBuilder calendar(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        return this;
    }

    /**
     * A calendar swapped at run time, e.g. a {@link dev.wuye.complaint.calendar.LiveCalendar} loading next
     * year's official notice: intake's office hours read it for every opinion, the SLA monitor (and the
     * time limits of the statistics built on its calculator) once per scan. Replaces
     * {@link #calendar(WorkingDayCalendar)}.
     *
     * @param calendars the calendar in use at each moment
     * @return this builder
     */
    public ComplaintDeskBuilder calendar(Supplier<WorkingDayCalendar> calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        return this;
    }

    /**
     * When the receiver accepts on working days; outside, intake is a duty registration whose
     * handover is due at the next opening (R-4.2.1b, R-4.2.4a). Default {@link OfficeHours#defaults()}.
     */
    public ComplaintDeskBuilder officeHours(OfficeHours officeHours) {
        this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
        return this;
    }

    /**
     * The validator for command records; default Hibernate Validator with the library's messages.
     * The desk keeps each violation's message template and renders it per call, so a host's
     * validator must use the {@code wuye.*} keys of {@link DeskValidation#BUNDLE} as templates.
     */
    public ComplaintDeskBuilder validator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        return this;
    }

    /** Who hears about accepted commands; default none. */
    public ComplaintDeskBuilder eventListener(CaseEventListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Who hears the result of every command (accepted, recorded, rejected, invalid); default none. */
    public ComplaintDeskBuilder commandObserver(CommandObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
        return this;
    }

    /** How new case ids are made; default 16 random hex digits. Ids must be unique. */
    public ComplaintDeskBuilder idGenerator(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
        return this;
    }

    /**
     * Records that the head of {@code department} has delegated to the receiver {@code receiverStaffId}
     * the right to assign handlers directly (R-4.3.1c). Without such a record an {@code Assign} with
     * {@code delegated = true} by a receiver is rejected. Call once per receiver.
     *
     * @param department      the department whose head delegates
     * @param receiverStaffId the receiver's staff id
     * @return this builder
     */
    public ComplaintDeskBuilder delegateAssignment(String department, String receiverStaffId) {
        assignmentDelegations.computeIfAbsent(Objects.requireNonNull(department, "department"),
                d -> new HashSet<>()).add(Objects.requireNonNull(receiverStaffId, "receiverStaffId"));
        return this;
    }

    /** The GMD's department id; default {@value Authority#DEFAULT_GMD_DEPARTMENT}. */
    public ComplaintDeskBuilder gmdDepartment(String gmdDepartment) {
        this.gmdDepartment = Objects.requireNonNull(gmdDepartment, "gmdDepartment");
        return this;
    }

    /** The zone dates (acceptance date, archive month) are taken in; default the storage's zone. */
    public ComplaintDeskBuilder zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /**
     * The window a command's instants and dates must lie in around the clock ({@link InDeskWindow});
     * default {@link InputWindow#DEFAULT} (from 2000-01-01, five minutes of clock skew — the
     * project's choice). Used by the default validator; a host's own {@link #validator(Validator)}
     * judges by {@link InputWindow#DEFAULT} and the system clock unless it comes from
     * {@link DeskValidation#validator(java.util.Locale, Clock, ZoneId, InputWindow)}.
     *
     * @param window the window
     * @return this builder
     */
    public ComplaintDeskBuilder inputWindow(InputWindow window) {
        this.inputWindow = Objects.requireNonNull(window, "window");
        return this;
    }

    Validator defaultValidator() {
        return DeskValidation.validator(java.util.Locale.ENGLISH, clock, zone != null ? zone : storage.zone(), inputWindow);
    }

    /** The desk. */
    public ComplaintDesk build() {
        if (calendars == null) {
            WorkingDayCalendar fixed = calendar != null ? calendar : WorkingDayCalendar.chinaMainland();
            calendars = () -> fixed;
        }
        if (calendar == null) {
            calendar = calendars.get();
        }
        return new ComplaintDesk(this);
    }

    private static final class RandomIds implements Supplier<String> {
        private final SecureRandom random = new SecureRandom();

        @Override
        public String get() {
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            return HexFormat.of().withUpperCase().formatHex(bytes);
        }
    }
}
