package dev.wuye.complaint.desk;

import dev.wuye.complaint.ComplaintException;
import dev.wuye.complaint.archive.ArchivePeriod;
import dev.wuye.complaint.archive.ArchiveService;
import dev.wuye.complaint.archive.ArchiveSettings;
import dev.wuye.complaint.archive.ElectronicArchive;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.authority.AuthorityPolicy;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.classification.RecurrenceCheck;
import dev.wuye.complaint.classification.RecurrenceDetector;
import dev.wuye.complaint.classification.RecurrenceReport;
import dev.wuye.complaint.classification.RecurrenceSettings;
import dev.wuye.complaint.cases.Act;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Classification;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.CaseId;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.FollowUpFindings;
import dev.wuye.complaint.cases.Intake;
import dev.wuye.complaint.cases.Investigation;
import dev.wuye.complaint.cases.Outcome;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaAlertLedger;
import dev.wuye.complaint.sla.SlaAlertListener;
import dev.wuye.complaint.sla.SlaMonitor;
import dev.wuye.complaint.sla.SlaPolicy;
import dev.wuye.complaint.sla.SlaScan;
import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.statistics.CompanyMonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyReportService;
import dev.wuye.complaint.statistics.QuarterlySummary;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.SubmissionOutcome;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.visit.RecordVisit;
import dev.wuye.complaint.visit.VisitOutcome;
import dev.wuye.complaint.visit.VisitQuota;
import dev.wuye.complaint.visit.VisitQuotaReport;
import dev.wuye.complaint.visit.VisitService;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Masking;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.store.InMemoryStorage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The facade a host calls to run the procedure: {@link #submit(Command)} and two queries, plus the
 * periodic work of the procedure built from the desk's own storage, clock, calendar and office
 * hours: SLA scans ({@link #overdueAndDueSoon}, {@link #scanSla}, {@link #subscribe}), the monthly
 * tables ({@link #monthlyTable}, {@link #submitMonthlyTable}), customer visits ({@link #recordVisit},
 * {@link #checkVisits}), the recurrence check ({@link #checkRecurrences}) and archiving
 * ({@link #archiveMonth}). Each of them checks who acts and names the rule when it says no.
 *
 * <p>Per command: validate the command record once (Jakarta Validation; messages in the desk's
 * locale) → load the case through the SPI → check authority → let the aggregate act → save the new
 * snapshot with the expected version and exactly one {@link AuditEntry} → append to the duty log
 * where the command is a duty-officer act → publish the event. A rejected or invalid command stores
 * nothing.
 *
 * <p>Concurrency: safe from many threads. When another writer changed the case between load and
 * save ({@link StaleVersionException}), the desk reloads and retries the whole command once (authority
 * and rules are checked again on the fresh state); a second conflict propagates the
 * {@code StaleVersionException}. Intake is idempotent by key, also when two intakes with the same key
 * race: the loser gets the winner's case ({@link CommandResult.Accepted#replayed()}).
 *
 * <p>Case ids are 16 random hex digits by default; a valid complaint's record number is
 * {@code <department>-<yyyyMM of acceptance>-<case id>} — unique because the case id is, and derived
 * without a shared counter, so several host instances never race for a number.
 */
public final class ComplaintDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintDesk.class);
    private static final int MAX_DETAIL = 500;

    private final Storage storage;
    private final CaseStore store;
    private final Clock clock;
    private final LifecycleEngine engine;
    private final IntakeHours hours;
    private final Validator validator;
    private final CaseEventListener listener;
    private final Supplier<String> ids;
    private final Authority authority;
    private final ZoneId zone;
    private final Locale locale;
    private final CategoryTaxonomy categories;
    private final SlaMonitor sla;
    private final MonthlyReportService reports;
    private final VisitService visits;
    private final RecurrenceDetector recurrences;
    private final ArchiveService archives;
    private final Map<String, Set<String>> rosters;

    private ComplaintDesk(Builder b) {
        this.storage = b.storage;
        this.store = b.storage.cases();
        this.clock = b.clock;
        this.engine = b.engine;
        this.hours = new IntakeHours() {
            private final WorkingDayCalendar calendar = b.calendar;
            // R-2.2: intake never fails for want of calendar data. When the year of an opinion (or of
            // its handover) has no data yet, office hours are judged on weekends alone and a warning
            // says which year to load; the SLA clocks still report the missing year as a problem.
            private final WorkingDayCalendar weekendsOnly = b.calendar.toBuilder()
                    .unknownYearPolicy(dev.wuye.complaint.calendar.UnknownYearPolicy.WEEKENDS_ONLY).build();
            private final OfficeHours office = b.officeHours;

            @Override
            public boolean isOpen(Instant at) {
                try {
                    return office.isOpen(at, calendar);
                } catch (dev.wuye.complaint.calendar.UnknownYearException e) {
                    LOG.warn("R-2.2 intake at {} taken with weekend-only office hours: {}", at, e.getMessage());
                    return office.isOpen(at, weekendsOnly);
                }
            }

            @Override
            public Instant nextOpening(Instant at) {
                try {
                    return office.nextOpening(at, calendar);
                } catch (dev.wuye.complaint.calendar.UnknownYearException e) {
                    LOG.warn("R-2.2 handover after {} scheduled with weekend-only office hours: {}", at, e.getMessage());
                    return office.nextOpening(at, weekendsOnly);
                }
            }
        };
        this.validator = b.validator != null ? b.validator : b.defaultValidator();
        this.listener = b.listener;
        this.ids = b.ids;
        this.authority = new Authority(b.gmdDepartment, b.assignmentDelegations);
        this.zone = b.zone != null ? b.zone : b.storage.zone();
        this.locale = b.locale;
        this.categories = b.categories;
        SlaMonitor.Builder slaBuilder = SlaMonitor.builder(b.storage, b.calendar, b.clock).officeHours(b.officeHours);
        if (b.slaPolicy != null) {
            slaBuilder.policy(b.slaPolicy);
        }
        if (b.slaLedger != null) {
            slaBuilder.ledger(b.slaLedger);
        }
        this.sla = slaBuilder.build();
        this.reports = new MonthlyReportService(b.storage, b.clock, new MonthlyAnalysisCalculator(
                b.timeLimits != null ? b.timeLimits : new TimeLimits(sla.calculator()), b.statisticsSettings));
        this.visits = new VisitService(b.storage, b.clock, b.visitQuota);
        this.recurrences = new RecurrenceDetector(b.recurrenceSettings);
        this.archives = new ArchiveService(b.storage, b.clock, new ArchiveSettings(zone, b.gmdDepartment));
        this.rosters = Map.copyOf(b.rosters);
    }

    /** A builder with the embedded defaults. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ queries

    /**
     * The latest stored state of a case.
     *
     * @param caseId the case id
     * @return the snapshot, or empty
     */
    public Optional<CaseSnapshot> find(String caseId) {
        return store.findById(caseId);
    }

    /**
     * The case as the aggregate.
     *
     * @param caseId the case id
     * @return the case, or empty
     */
    public Optional<Case> load(String caseId) {
        return store.findById(caseId).map(Case::restore);
    }

    /**
     * The audit trail of a case, oldest first: one entry per accepted command.
     *
     * @param caseId the case id
     * @return the entries; empty for an unknown case
     */
    public List<AuditEntry> auditTrail(String caseId) {
        return store.auditTrail(caseId);
    }

    /** The storage the desk works on. */
    public Storage storage() {
        return storage;
    }

    // ------------------------------------------------------------------ SLA (R-4.7, R-4.2.1b, R-4.4.2b)

    /** The SLA monitor over the desk's storage, calendar, office hours and clock. */
    public SlaMonitor slaMonitor() {
        return sla;
    }

    /**
     * Every overdue and due-soon clock of the open cases as of an instant; fires nothing.
     *
     * @param asOf the instant judged
     * @return what was found
     */
    public SlaScan overdueAndDueSoon(Instant asOf) {
        return sla.query(asOf);
    }

    /**
     * Scans as of an instant and tells the subscribers of each alert not told before (once per alert
     * key, through the monitor's ledger).
     *
     * @param asOf the instant judged
     * @return what was found (also the alerts fired earlier)
     */
    public SlaScan scanSla(Instant asOf) {
        return sla.scan(asOf);
    }

    /**
     * Subscribes to SLA alerts fired by {@link #scanSla(Instant)}.
     *
     * @param listener told of each alert once
     * @return a handle that unsubscribes
     */
    public SlaMonitor.Subscription subscribe(SlaAlertListener listener) {
        return sla.subscribe(listener);
    }

    // ------------------------------------------------------------------ monthly tables (R-4.6)

    /**
     * A department's monthly analysis table (R-4.6.2), with the visit roster given to the builder.
     *
     * @param department the department
     * @param month      the month
     * @return the table
     */
    public MonthlyAnalysis monthlyTable(String department, YearMonth month) {
        return reports.centre(department, month, rosters.getOrDefault(department, Set.of()));
    }

    /**
     * Every department's table of a month and the company roll-up (R-4.6.4).
     *
     * @param month the month
     * @return the tables
     */
    public CompanyMonthlyAnalysis companyMonthlyTable(YearMonth month) {
        return reports.month(month, rosters);
    }

    /**
     * The quarterly summary for the management representative and general manager (R-4.6.4).
     *
     * @param year    the year
     * @param quarter 1–4
     * @return the summary
     */
    public QuarterlySummary quarterlySummary(int year, int quarter) {
        return reports.quarter(year, quarter, rosters);
    }

    /**
     * The department head signs and submits the department's monthly table with a written summary
     * (R-4.6.3). Idempotent per department and month.
     *
     * @param head       the department head of {@code department}
     * @param department the department
     * @param month      the month
     * @param summary    the head's summary
     * @return submitted, or rejected naming the rule
     */
    public SubmissionOutcome submitMonthlyTable(Actor head, String department, YearMonth month, String summary) {
        Objects.requireNonNull(head, "head");
        if (!head.has(Role.DEPARTMENT_HEAD) || !head.department().equals(department)) {
            return new SubmissionOutcome.Rejected("R-4.6.3", "only the department head (部门负责人) of " + department
                    + " signs its monthly table; " + head.staffId() + " is " + head.rolesCode() + " of "
                    + head.department());
        }
        return reports.submit(department, month, summary, head.staffId());
    }

    /**
     * The quality supervisor submits the company roll-up of a month (R-4.6.4), due like the tables.
     *
     * @param qualitySupervisor the quality supervisor
     * @param month             the month
     * @param summary           the written summary
     * @return submitted, or rejected naming the rule
     */
    public SubmissionOutcome submitCompanyMonthly(Actor qualitySupervisor, YearMonth month, String summary) {
        Objects.requireNonNull(qualitySupervisor, "qualitySupervisor");
        if (!qualitySupervisor.has(Role.QUALITY_SUPERVISOR)) {
            return qualityOnly(qualitySupervisor, "the company roll-up");
        }
        return reports.submitSummary(MonthlyReportService.COMPANY_MONTHLY, month.toString(),
                qualitySupervisor.department(), reports.dueDate(month), summary, qualitySupervisor.staffId());
    }

    /**
     * The quality supervisor submits the quarterly summary (R-4.6.4), due like the quarter's last table.
     *
     * @param qualitySupervisor the quality supervisor
     * @param year              the year
     * @param quarter           1–4
     * @param summary           the written summary
     * @return submitted, or rejected naming the rule
     */
    public SubmissionOutcome submitQuarterlySummary(Actor qualitySupervisor, int year, int quarter, String summary) {
        Objects.requireNonNull(qualitySupervisor, "qualitySupervisor");
        if (quarter < 1 || quarter > 4) {
            return new SubmissionOutcome.Rejected("R-4.6.4", "quarter must be 1..4, was " + quarter);
        }
        if (!qualitySupervisor.has(Role.QUALITY_SUPERVISOR)) {
            return qualityOnly(qualitySupervisor, "the quarterly summary");
        }
        return reports.submitSummary(MonthlyReportService.QUARTERLY_SUMMARY, year + "-Q" + quarter,
                qualitySupervisor.department(), reports.dueDate(YearMonth.of(year, quarter * 3)), summary,
                qualitySupervisor.staffId());
    }

    private static SubmissionOutcome qualityOnly(Actor actor, String what) {
        return new SubmissionOutcome.Rejected("R-4.6.4", "only the quality supervisor (品质主管) consolidates and submits "
                + what + "; " + actor.staffId() + " is " + actor.rolesCode() + " of " + actor.department());
    }

    // ------------------------------------------------------------------ visits (R-4.5)

    /**
     * Logs a customer visit (R-4.5.1). The visitor logs their own visit, in their own department.
     * Opinions raised on the visit are received with {@link ReceiveOpinion} on channel
     * {@code CUSTOMER_VISIT} with the visit id and handled like any other (R-4.5.2).
     *
     * @param visitor the staff member who visited
     * @param visit   the visit
     * @return recorded, or rejected naming the rule
     */
    public VisitOutcome recordVisit(Actor visitor, RecordVisit visit) {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(visit, "visit");
        if (!visitor.staffId().equals(visit.staffId()) || !visitor.department().equals(visit.department())) {
            return new VisitOutcome.Rejected("R-4.5.1", "a visit is logged by the staff member who made it, in their "
                    + "department: visit " + visit.visitId() + " names " + visit.staffId() + " of "
                    + visit.department() + ", logged by " + visitor.staffId() + " of " + visitor.department());
        }
        for (String id : visit.opinionIds()) {
            Optional<CaseSnapshot> opinion = store.findById(id);
            if (opinion.isEmpty() || !visit.visitId().equals(opinion.get().visitId())) {
                return new VisitOutcome.Rejected("R-4.5.2", "opinionIds holds " + id + ", which is not an opinion "
                        + "received on visit " + visit.visitId() + " (channel CUSTOMER_VISIT with that visit id)");
            }
        }
        return visits.record(visit);
    }

    /**
     * The visits of a department and month, oldest first.
     *
     * @param department the department
     * @param month      the month
     * @return the visits
     */
    public List<VisitRecord> visits(String department, YearMonth month) {
        return visits.visits(department, month);
    }

    /**
     * Each roster member's visits of a month against the quota of 2–3 (R-4.5.1).
     *
     * @param department the department
     * @param month      the month
     * @return the report
     */
    public VisitQuotaReport visitQuota(String department, YearMonth month) {
        return visits.quotaCheck(department, month, rosters.getOrDefault(department, Set.of()));
    }

    /**
     * The customer-service supervisor's monthly check of the department's visits (R-4.5.3).
     * Idempotent: one check per department and month.
     *
     * @param supervisor the customer-service supervisor of {@code department}
     * @param department the department
     * @param month      the month checked
     * @param remarks    findings; nullable
     * @return recorded, or rejected naming the rule
     */
    public ReviewOutcome checkVisits(Actor supervisor, String department, YearMonth month, String remarks) {
        Objects.requireNonNull(supervisor, "supervisor");
        if (!supervisor.has(Role.CUSTOMER_SERVICE_SUPERVISOR) || !supervisor.department().equals(department)) {
            return new ReviewOutcome.Rejected("R-4.5.3", "only the customer-service supervisor (客服主管) of "
                    + department + " checks its visits; " + supervisor.staffId() + " is " + supervisor.rolesCode()
                    + " of " + supervisor.department());
        }
        if (remarks != null && remarks.length() > CaseSnapshot.MAX_TEXT_LENGTH) {
            return new ReviewOutcome.Rejected("R-4.5.3", "remarks has " + remarks.length() + " characters, at most "
                    + CaseSnapshot.MAX_TEXT_LENGTH + " allowed");
        }
        return new ReviewOutcome.Recorded(visits.recordSupervisorCheck(department, month, supervisor.staffId(), remarks));
    }

    /**
     * The department head's weekly review of the department's handling forms (R-4.4.2d7), recorded
     * in {@code Storage.reviews()} as kind {@value dev.wuye.complaint.sla.WeeklyReviewTracker#WEEKLY_FORMS}
     * for the Monday–Sunday week containing {@code dayOfWeek}. Idempotent: one review per department
     * and week (a second call returns the stored one).
     *
     * @param head          the department head of {@code department}
     * @param department    the department
     * @param dayOfWeek     any day of the reviewed week
     * @param formsReviewed how many handling forms were looked at, {@code >= 0}
     * @param remarks       findings; nullable
     * @return recorded, or rejected naming the rule
     */
    public ReviewOutcome reviewWeeklyForms(Actor head, String department, java.time.LocalDate dayOfWeek,
                                           int formsReviewed, String remarks) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (!head.has(Role.DEPARTMENT_HEAD) || !head.department().equals(department)) {
            return new ReviewOutcome.Rejected("R-4.4.2d7", "only the head (部门负责人) of " + department
                    + " reviews its handling forms weekly; " + head.staffId() + " is " + head.rolesCode()
                    + " of " + head.department());
        }
        if (formsReviewed < 0) {
            return new ReviewOutcome.Rejected("R-4.4.2d7", "formsReviewed must be >= 0, was " + formsReviewed);
        }
        if (remarks != null && remarks.length() > CaseSnapshot.MAX_TEXT_LENGTH) {
            return new ReviewOutcome.Rejected("R-4.4.2d7", "remarks has " + remarks.length()
                    + " characters, at most " + CaseSnapshot.MAX_TEXT_LENGTH + " allowed");
        }
        java.time.LocalDate monday = dayOfWeek.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        String id = "WR-" + department + "-" + monday;
        storage.reviews().append(new dev.wuye.complaint.spi.ReviewRecord(id, department, head.staffId(),
                dev.wuye.complaint.sla.WeeklyReviewTracker.WEEKLY_FORMS, monday, clock.instant(), formsReviewed,
                remarks));
        return new ReviewOutcome.Recorded(storage.reviews().findById(id).orElseThrow());
    }

    // ------------------------------------------------------------------ recurrence (R-4.4.2d6)

    /**
     * Applies the recurrence check to the receiver's department as of an instant (R-4.4.2d6): a case
     * with no follow-up channel that awaits its follow-up gets {@link RecordFollowUp} with method
     * {@code RECURRENCE_CHECK} — unsatisfied (back to handling) when the same kind recurred within a
     * month after handling, satisfied when the month passed with none. Every follow-up goes through
     * {@link #submit(Command)} (authority, audit). Cases still in their window are left alone.
     *
     * @param receiver the receiver of the department whose cases are checked
     * @param asOf     the instant judged (its date in the desk's zone)
     * @return what was found and what was recorded
     */
    public RecurrenceRun checkRecurrences(Actor receiver, Instant asOf) {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(asOf, "asOf");
        RecurrenceReport report;
        try (Stream<CaseSnapshot> all = store.stream(CaseQuery.all(), 500)) {
            report = recurrences.detect(all.filter(s -> receiver.department().equals(s.department())),
                    LocalDate.ofInstant(asOf, zone));
        }
        List<String> back = new ArrayList<>();
        List<String> satisfied = new ArrayList<>();
        Map<String, CommandResult> refused = new LinkedHashMap<>();
        for (RecurrenceCheck c : report.checks(RecurrenceDetector.NO_CHANNEL_RULE)) {
            if (c.outcome() == RecurrenceCheck.Outcome.PENDING) {
                continue;
            }
            Optional<CaseSnapshot> s = store.findById(c.caseId());
            if (s.isEmpty() || Case.restore(s.get()).state().phase() != Phase.FOLLOW_UP) {
                continue;
            }
            boolean ok = c.outcome() == RecurrenceCheck.Outcome.SATISFIED;
            String remarks = ok ? "R-4.4.2d6: no opinion of the same kind up to " + c.windowEnd() + "; counted satisfied"
                    : "R-4.4.2d6: the same kind recurred within a month (" + c.recurringCaseId() + "); counted unsatisfied";
            CommandResult r = submit(RecordFollowUp.recurrenceCheck(receiver, c.caseId(), ok, remarks));
            if (!r.isAccepted()) {
                refused.put(c.caseId(), r);
            } else if (ok) {
                satisfied.add(c.caseId());
            } else {
                back.add(c.caseId());
            }
        }
        return new RecurrenceRun(report, back, satisfied, refused);
    }

    // ------------------------------------------------------------------ archiving (R-4.8)

    /**
     * Archives a month for the archivist's department (R-4.8.1: the receiver archives the
     * department's cases closed in the month; an open case goes with a later month) or, for GMD
     * staff, the company-level batch (R-4.8.4). Creates the batch once and files every case of it
     * through the {@link Archive} command (one audit entry each). Running it again files nothing new.
     *
     * @param archivist a receiver of a department, or GMD staff
     * @param month     the month
     * @return the batches and what was filed, or the rejection
     */
    public ArchiveRun archiveMonth(Actor archivist, YearMonth month) {
        return archive(archivist, ArchivePeriod.month(month));
    }

    /**
     * Archives a quarter (R-4.8.2), like {@link #archiveMonth(Actor, YearMonth)}.
     *
     * @param archivist a receiver of a department, or GMD staff
     * @param year      the year
     * @param quarter   1–4
     * @return the batches and what was filed, or the rejection
     */
    public ArchiveRun archiveQuarter(Actor archivist, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            return ArchiveRun.rejected("R-4.8.2", "quarter must be 1..4, was " + quarter);
        }
        return archive(archivist, ArchivePeriod.quarter(year, quarter));
    }

    /**
     * Writes a stored batch's electronic archive into a directory (R-4.8.3).
     *
     * @param batch the batch
     * @param dir   the directory
     * @return the archive written
     */
    public ElectronicArchive writeElectronicArchive(ArchiveBatch batch, Path dir) {
        return archives.writeElectronicArchive(batch, dir);
    }

    private ArchiveRun archive(Actor archivist, ArchivePeriod period) {
        Objects.requireNonNull(archivist, "archivist");
        boolean gmd = archivist.department().equals(authority.gmdDepartment())
                && (archivist.has(Role.GMD_STAFF) || archivist.has(Role.RECEIVER));
        if (!gmd && !archivist.has(Role.RECEIVER)) {
            return ArchiveRun.rejected("R-4.8.1", "the receiver (受理人) archives the department's records, the GMD "
                    + "the company-level ones (R-4.8.4); " + archivist.staffId() + " is " + archivist.rolesCode()
                    + " of " + archivist.department());
        }
        List<ArchiveBatch> batches = archives.archive(period, archivist.staffId(),
                department -> department.equals(archivist.department()));
        List<String> filed = new ArrayList<>();
        List<String> already = new ArrayList<>();
        Map<String, CommandResult> refused = new LinkedHashMap<>();
        for (ArchiveBatch b : batches) {
            for (String id : b.caseIds()) {
                Optional<CaseSnapshot> s = store.findById(id);
                if (s.isPresent() && Case.restore(s.get()).state() == LifecycleState.FILED) {
                    already.add(id);
                    continue;
                }
                CommandResult r = submit(new Archive(archivist, id, b.id()));
                if (r.isAccepted()) {
                    filed.add(id);
                } else {
                    refused.put(id, r);
                }
            }
        }
        return new ArchiveRun(null, batches, filed, already, refused);
    }

    // ------------------------------------------------------------------ commands

    /**
     * Runs a command.
     *
     * @param command the command
     * @return accepted (with the stored case and its event), rejected (naming the rule) or invalid
     *         (field violations)
     * @throws StaleVersionException when the case changed concurrently twice in a row
     * @throws ComplaintException    for an unreadable snapshot or a store failure
     */
    public CommandResult submit(Command command) {
        Objects.requireNonNull(command, "command");
        Set<ConstraintViolation<Command>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            return invalid(violations);
        }
        if (command instanceof Classify c && categories.find(c.category()).isEmpty()) {
            return new CommandResult.Invalid(List.of(new CommandResult.FieldViolation("category",
                    String.format(DeskValidation.message("wuye.category.unknown", locale), abbreviate(c.category())),
                    abbreviate(c.category()))));
        }
        if (command instanceof ReceiveOpinion intake) {
            return receive(intake);
        }
        CaseCommand caseCommand = (CaseCommand) command;
        try {
            return act(caseCommand);
        } catch (StaleVersionException first) {
            LOG.debug("case {} changed concurrently ({}); retrying {} once", caseCommand.caseId(),
                    first.getMessage(), command.getClass().getSimpleName());
            return act(caseCommand);
        }
    }

    private static CommandResult invalid(Set<ConstraintViolation<Command>> violations) {
        List<CommandResult.FieldViolation> list = new ArrayList<>();
        for (ConstraintViolation<Command> v : violations) {
            String field = v.getPropertyPath().toString();
            Object value = v.getInvalidValue();
            String shown = value == null ? null : field.startsWith("customer") ? mask(field, value) : abbreviate(value);
            list.add(new CommandResult.FieldViolation(field, v.getMessage(), shown));
        }
        list.sort(Comparator.comparing(CommandResult.FieldViolation::field)
                .thenComparing(CommandResult.FieldViolation::message));
        return new CommandResult.Invalid(list);
    }

    private static String mask(String field, Object value) {
        String s = String.valueOf(value);
        if (field.endsWith("phone")) {
            return Masking.phone(s);
        }
        if (field.endsWith("name")) {
            return Masking.name(s);
        }
        return Masking.address(s);
    }

    private static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    // ------------------------------------------------------------------ intake

    private CommandResult receive(ReceiveOpinion r) {
        Optional<CaseSnapshot> existing = store.findByIdempotencyKey(r.idempotencyKey());
        if (existing.isPresent()) {
            return new CommandResult.Accepted(existing.get(), List.of(), true);
        }
        if (r.channel() == Channel.CUSTOMER_VISIT && (r.visitId() == null || r.visitId().isBlank())) {
            return rejected(r, "R-4.5.2", "an opinion raised on a customer visit (channel CUSTOMER_VISIT) names the "
                    + "visit: visitId is required, was " + (r.visitId() == null ? "null" : "blank"));
        }
        Routing routing = r.routing();
        Verdict verdict = authority.companyLevelOpinionsGoToTheGmd(routing.acceptingLevel(), routing.department());
        if (verdict instanceof Verdict.Denied d) {
            return rejected(r, d.rejection());
        }
        Instant at = clock.instant();
        boolean duty = !hours.isOpen(r.receivedAt());
        Actor recorder = r.recorder();
        String receiver = routing.receiverId() != null ? routing.receiverId()
                : recorder.has(Role.RECEIVER) && recorder.department().equals(routing.department()) ? recorder.staffId()
                : null;
        Intake intake = new Intake(r.idempotencyKey(), r.channel(), r.customer(), r.contentSummary(),
                recorder.staffId(), receiver, routing.department(), routing.acceptingLevel(), r.receivedAt(),
                LocalDate.ofInstant(r.receivedAt(), zone), duty, duty ? hours.nextOpening(r.receivedAt()) : null,
                r.replyAgreement().replyBy(), r.replyAgreement().method(), r.followUpChannel(), r.secondaryComplaint(),
                r.visitId());
        Outcome outcome = Case.receive(new CaseId(ids.get()), intake, at);
        if (outcome instanceof Outcome.Refused refused) {
            return rejected(r, refused.rejection());
        }
        Outcome.Changed changed = (Outcome.Changed) outcome;
        CaseSnapshot snapshot = changed.after().toSnapshot();
        try {
            store.save(snapshot, 0, List.of(audit(r, changed, at)));
        } catch (DuplicateIntakeException race) {
            return store.findByIdempotencyKey(r.idempotencyKey())
                    .<CommandResult>map(s -> new CommandResult.Accepted(s, List.of(), true))
                    .orElseThrow(() -> new ComplaintException("case id " + snapshot.id()
                            + " is taken but no case has idempotency key " + r.idempotencyKey(), race));
        }
        if (duty) {
            CaseEvent.OpinionReceived e = (CaseEvent.OpinionReceived) changed.event();
            appendDutyLog(snapshot, recorder.staffId(), at, "REGISTERED",
                    "registered off hours via " + r.channel() + "; handover to the receiver due " + e.handoverDue());
        }
        return accepted(r, changed);
    }

    // ------------------------------------------------------------------ case commands

    private record Plan(AuthorityPolicy policy, BiFunction<Case, Act, Outcome> behaviour) {
    }

    private Plan plan(CaseCommand command) {
        Authority a = authority;
        if (command instanceof HandOver c) {
            return new Plan(a.onlyTheDutyOfficerHandsOver(), (x, act) -> x.handOver(c.receiverId(), act));
        } else if (command instanceof RecordDutyHandling c) {
            return new Plan(a.onlyDutyOfficersRecordDutyHandling(),
                    (x, act) -> x.recordDutyHandling(c.action(), c.text(), act));
        } else if (command instanceof Classify c) {
            return new Plan(a.onlyTheReceiverClassifies(), (x, act) -> x.classify(
                    new Classification(c.type(), c.ground(), c.category(), c.major()), act));
        } else if (command instanceof ConfirmInvalid) {
            return new Plan(a.onlyTheHeadConfirmsInvalidity(), Case::confirmInvalid);
        } else if (command instanceof ReturnForClassification c) {
            return new Plan(a.onlyTheHeadConfirmsInvalidity(), (x, act) -> x.returnForClassification(c.reason(), act));
        } else if (command instanceof AnswerInquiry c) {
            return new Plan(a.shortPathsByReceiverHandlerOrHead(), (x, act) -> x.answerInquiry(c.answer(), act));
        } else if (command instanceof ReplyToSuggestion c) {
            return new Plan(a.shortPathsByReceiverHandlerOrHead(), (x, act) -> x.replyToSuggestion(c.reply(), act));
        } else if (command instanceof PassOnPraise c) {
            return new Plan(a.shortPathsByReceiverHandlerOrHead(), (x, act) -> x.passOnPraise(c.note(), act));
        } else if (command instanceof Assign c) {
            return new Plan(a.onlyTheHeadOrADelegatedReceiverAssigns(c.handlerIds(), c.delegated()),
                    (x, act) -> x.assign(c.handlerIds(), act));
        } else if (command instanceof RecordInvestigation c) {
            return new Plan(a.onlyHandlersInvestigate(), (x, act) -> x.recordInvestigation(
                    new Investigation(c.facts(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere()), act));
        } else if (command instanceof ProposeSolution c) {
            return new Plan(a.onlyHandlersProposeSolutions(), (x, act) -> x.proposeSolution(c.solution(), act));
        } else if (command instanceof ApproveSolution) {
            return new Plan(a.onlyTheDecidingHeadApproves(), Case::approveSolution);
        } else if (command instanceof RejectSolution c) {
            return new Plan(a.onlyTheDecidingHeadRejects(), (x, act) -> x.rejectSolution(c.reason(), act));
        } else if (command instanceof Escalate c) {
            return new Plan(a.escalationGoesUpTheChain(), (x, act) -> x.escalate(c.reason(), act));
        } else if (command instanceof AddCoHandling c) {
            return new Plan(a.onlyTheReceiverTransfersForCoHandling(),
                    (x, act) -> x.addCoHandling(c.department(), c.note(), act));
        } else if (command instanceof OpenCorrectiveAction c) {
            return new Plan(a.onlyTheHeadOpensCorrectiveAction(), (x, act) -> x.openCorrectiveAction(c.reason(), act));
        } else if (command instanceof ReportProgress c) {
            return new Plan(a.handlersReportProgress(), (x, act) -> x.reportProgress(c.text(), act));
        } else if (command instanceof UpdateCustomer c) {
            return new Plan(a.onlyTheReceiverUpdatesTheCustomer(), (x, act) -> x.updateCustomer(c.text(), act));
        } else if (command instanceof Complete c) {
            return new Plan(a.onlyTheDecidingHeadSignsTheResult(), (x, act) -> x.complete(c.result(), act));
        } else if (command instanceof RecordFollowUp c) {
            return new Plan(a.onlyTheReceiverFollowsUp(), (x, act) -> x.recordFollowUp(new FollowUpFindings(
                    c.method(), c.timely().answer(), c.resultSatisfied() == Satisfaction.SATISFIED,
                    c.attitudeSatisfied().answer(), c.remarks()), zone, act));
        } else if (command instanceof DraftOnlineReply c) {
            return new Plan(a.onlyTheReceiverDraftsOnlineReplies(), (x, act) -> x.draftOnlineReply(c.text(), act));
        } else if (command instanceof ApproveOnlineReply) {
            return new Plan(a.onlyTheCentreDirectorApprovesOnlineReplies(), Case::approveOnlineReply);
        } else if (command instanceof RejectOnlineReply c) {
            return new Plan(a.onlyTheCentreDirectorApprovesOnlineReplies(),
                    (x, act) -> x.rejectOnlineReply(c.reason(), act));
        } else if (command instanceof Archive c) {
            return new Plan(a.archivedByTheReceiverOrTheGmd(),
                    (x, act) -> x.archive(c.archiveBatchId() != null ? c.archiveBatchId() : defaultBatch(x), act));
        }
        throw new ComplaintException("no plan for command " + command.getClass().getName());
    }

    /** The department's monthly batch of the month the case was closed in (R-4.8.1; the GMD's for company-level records, R-4.8.4). */
    private String defaultBatch(Case complaint) {
        CaseSnapshot s = complaint.toSnapshot();
        Instant closed = s.closedAt() != null ? s.closedAt() : clock.instant();
        return ArchiveService.batchId(archives.planner().archivingDepartment(s),
                ArchivePeriod.month(YearMonth.from(closed.atZone(zone))));
    }

    private CommandResult act(CaseCommand command) {
        Optional<CaseSnapshot> stored = store.findById(command.caseId());
        if (stored.isEmpty()) {
            return unknownCase(command);
        }
        Case before = Case.restore(stored.get());
        Plan plan = plan(command);
        Verdict verdict = plan.policy().decide(command.actor(), before);
        if (verdict instanceof Verdict.Denied d) {
            return rejected(command, d.rejection());
        }
        Instant at = clock.instant();
        Outcome outcome = plan.behaviour().apply(before, new Act(command.actor().staffId(), at, engine));
        if (outcome instanceof Outcome.Refused refused) {
            return rejected(command, refused.rejection());
        }
        Outcome.Changed changed = (Outcome.Changed) outcome;
        CaseSnapshot snapshot = changed.after().toSnapshot();
        store.save(snapshot, before.version(), List.of(audit(command, changed, at)));
        if (command instanceof HandOver h) {
            appendDutyLog(snapshot, command.actor().staffId(), at, "HANDED_OVER", "handed over to " + h.receiverId());
        } else if (command instanceof RecordDutyHandling d) {
            appendDutyLog(snapshot, command.actor().staffId(), at, d.action().name(), d.text());
        }
        return accepted(command, changed);
    }

    private CommandResult unknownCase(CaseCommand command) {
        return new CommandResult.Invalid(List.of(new CommandResult.FieldViolation("caseId",
                DeskValidation.message("wuye.caseId.unknown", locale), abbreviate(command.caseId()))));
    }

    // ------------------------------------------------------------------ effects

    private AuditEntry audit(Command command, Outcome.Changed changed, Instant at) {
        Actor actor = command.actor();
        String detail = AuditDetail.of(changed.event());
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        return new AuditEntry(changed.after().id().value(), changed.after().version(), at, actor.staffId(),
                actor.rolesCode(), actor.department(), command.getClass().getSimpleName(),
                changed.from() == null ? null : changed.from().name(), changed.to().name(), detail);
    }

    private void appendDutyLog(CaseSnapshot s, String dutyOfficer, Instant at, String kind, String text) {
        storage.dutyLog().append(new DutyLogEntry(s.id() + "#" + s.version(), s.department(), dutyOfficer, at, kind,
                s.id(), text));
    }

    private CommandResult accepted(Command command, Outcome.Changed changed) {
        LOG.debug("{} accepted: case {} {} -> {} (version {})", command.getClass().getSimpleName(),
                changed.after().id(), changed.from(), changed.to(), changed.after().version());
        try {
            listener.on(changed.event());
        } catch (RuntimeException e) {
            LOG.warn("event listener failed on {} of case {}; the change is stored", changed.event().getClass()
                    .getSimpleName(), changed.after().id(), e);
        }
        return new CommandResult.Accepted(changed.after().toSnapshot(), List.of(changed.event()), false);
    }

    @SuppressWarnings("removal")
    private static CommandResult rejected(Command command, String ruleId, String message) {
        return rejected(command, dev.wuye.complaint.Rejection.of(ruleId, dev.wuye.complaint.Rejection.UNTRANSLATED, message));
    }

    private static CommandResult rejected(Command command, dev.wuye.complaint.Rejection rejection) {
        LOG.debug("{} by {} rejected: {}", command.getClass().getSimpleName(), command.actor().staffId(), rejection);
        return new CommandResult.Rejected(rejection);
    }

    // ------------------------------------------------------------------ builder

    /** Builds a {@link ComplaintDesk}. Not thread-safe; the desk it builds is. */
    public static final class Builder {
        private Storage storage = new InMemoryStorage();
        private Clock clock = Clock.systemUTC();
        private LifecycleEngine engine = LifecycleEngines.defaultEngine();
        private WorkingDayCalendar calendar;
        private OfficeHours officeHours = OfficeHours.defaults();
        private Validator validator;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private CaseEventListener listener = CaseEventListener.NONE;
        private Supplier<String> ids = new RandomIds();
        private String gmdDepartment = Authority.DEFAULT_GMD_DEPARTMENT;
        private final Map<String, Set<String>> assignmentDelegations = new java.util.HashMap<>();
        private ZoneId zone;
        private CategoryTaxonomy categories = CategoryTaxonomy.propertyManagement();
        private SlaPolicy slaPolicy;
        private SlaAlertLedger slaLedger;
        private TimeLimits timeLimits;
        private StatisticsSettings statisticsSettings = StatisticsSettings.defaults();
        private VisitQuota visitQuota = VisitQuota.procedure();
        private RecurrenceSettings recurrenceSettings = RecurrenceSettings.defaults();
        private Map<String, Set<String>> rosters = Map.of();

        private Builder() {
        }

        /**
         * The categories {@link Classify#category()} must come from (R-4.2.2a); default
         * {@link CategoryTaxonomy#propertyManagement()}.
         */
        public Builder categories(CategoryTaxonomy categories) {
            this.categories = Objects.requireNonNull(categories, "categories");
            return this;
        }

        /** The SLA time limits and warning windows (R-4.7); default {@link SlaPolicy#defaults()}. */
        public Builder slaPolicy(SlaPolicy slaPolicy) {
            this.slaPolicy = Objects.requireNonNull(slaPolicy, "slaPolicy");
            return this;
        }

        /** Which SLA alerts were fired already (shared by host instances); default in memory. */
        public Builder slaAlertLedger(SlaAlertLedger ledger) {
            this.slaLedger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** The time limits the monthly tables judge timeliness by; default the SLA monitor's. */
        public Builder timeLimits(TimeLimits timeLimits) {
            this.timeLimits = Objects.requireNonNull(timeLimits, "timeLimits");
            return this;
        }

        /** The statistics settings (due day, overdue list length …); default {@link StatisticsSettings#defaults()}. */
        public Builder statisticsSettings(StatisticsSettings settings) {
            this.statisticsSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The monthly visit quota (R-4.5.1); default {@link VisitQuota#procedure()}. */
        public Builder visitQuota(VisitQuota quota) {
            this.visitQuota = Objects.requireNonNull(quota, "quota");
            return this;
        }

        /** What counts as a recurrence (R-4.4.2d6, R-4.3.1b); default {@link RecurrenceSettings#defaults()}. */
        public Builder recurrenceSettings(RecurrenceSettings settings) {
            this.recurrenceSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Department → customer-service staff who owe visits (R-4.5.1), for the tables and quota; default none. */
        public Builder visitRosters(Map<String, Set<String>> rosters) {
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            Objects.requireNonNull(rosters, "rosters").forEach((d, r) -> copy.put(d, Set.copyOf(r)));
            this.rosters = copy;
            return this;
        }

        /** Where cases, audit trails and logs are kept; default a new {@link InMemoryStorage}. */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** The only source of time; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The lifecycle engine; default {@link LifecycleEngines#defaultEngine()}. */
        public Builder lifecycleEngine(LifecycleEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** The working-day calendar for office hours (R-4.2.1b); default {@link WorkingDayCalendar#chinaMainland()}. */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * When the receiver accepts on working days; outside, intake is a duty registration whose
         * handover is due at the next opening (R-4.2.1b, R-4.2.4a). Default {@link OfficeHours#defaults()}.
         */
        public Builder officeHours(OfficeHours officeHours) {
            this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
            return this;
        }

        /** The validator for command records; default Hibernate Validator with the library's messages. */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** The locale of validation messages ({@link Locale#SIMPLIFIED_CHINESE}, the default, or {@link Locale#ENGLISH}). */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Who hears about accepted commands; default none. */
        public Builder eventListener(CaseEventListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** How new case ids are made; default 16 random hex digits. Ids must be unique. */
        public Builder idGenerator(Supplier<String> ids) {
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
        public Builder delegateAssignment(String department, String receiverStaffId) {
            assignmentDelegations.computeIfAbsent(Objects.requireNonNull(department, "department"),
                    d -> new java.util.HashSet<>()).add(Objects.requireNonNull(receiverStaffId, "receiverStaffId"));
            return this;
        }

        /** The GMD's department id (R-3.2, R-4.8.4); default {@value Authority#DEFAULT_GMD_DEPARTMENT}. */
        public Builder gmdDepartment(String gmdDepartment) {
            this.gmdDepartment = Objects.requireNonNull(gmdDepartment, "gmdDepartment");
            return this;
        }

        /** The zone dates (acceptance date, archive month) are taken in; default the storage's zone. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        private Validator defaultValidator() {
            return DeskValidation.validator(locale, clock);
        }

        /** The desk. */
        public ComplaintDesk build() {
            if (calendar == null) {
                calendar = WorkingDayCalendar.chinaMainland();
            }
            return new ComplaintDesk(this);
        }
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
