package dev.wuye.complaint.desk;

import dev.wuye.complaint.ComplaintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.wuye.complaint.archive.ArchiveService;
import dev.wuye.complaint.archive.ArchiveSettings;
import dev.wuye.complaint.archive.ElectronicArchive;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.classification.RecurrenceDetector;
import dev.wuye.complaint.sla.NextDue;
import dev.wuye.complaint.sla.SlaAlertListener;
import dev.wuye.complaint.sla.SlaMonitor;
import dev.wuye.complaint.sla.SlaScan;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.statistics.CompanyMonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyReportService;
import dev.wuye.complaint.statistics.QuarterlySummary;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.visit.VisitQuotaReport;
import dev.wuye.complaint.visit.VisitService;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facade a host calls to run the procedure: {@link #submit(Command)} for every change of state,
 * {@link #allowedActions} and the queries (cases, audit trail, the tables, visits, SLA scans).
 *
 * <p>One pipeline for every command — intake, case commands and periodic actions alike: validate
 * the command record (Jakarta Validation; the violations keep their templates and are rendered in
 * the caller's language, {@link CommandResult.FieldViolation#message(java.util.Locale)}) → dispatch by
 * the command's type ({@link CommandDispatch}) → check authority by a named policy
 * ({@link Authority} for cases, {@link dev.wuye.complaint.authority.PeriodPolicies} for periods) →
 * let the aggregate act, or write the period's record → save with exactly one {@link AuditEntry}
 * (case) or {@link ActivityEntry} (period) → append to the duty log where the command is a
 * duty-officer act → publish the event. The loading, the save, the audit, activity and duty-log
 * entries of one command are one unit of work of the storage ({@link dev.wuye.complaint.spi.Storage#atomically}):
 * stored together or not at all; the event is published only once the unit is stored. (Archive and
 * recurrence runs are many case commands, each its own unit.) A rejected or invalid command stores nothing. Every result
 * is a {@link CommandResult}; refusals are {@link dev.wuye.complaint.Rejection}s rendered per call.
 *
 * <p>Concurrency: safe from many threads. When another writer changed the case between load and
 * save ({@link StaleVersionException}), the desk reloads and retries the whole command once (authority
 * and rules are checked again on the fresh state); a second conflict is thrown as
 * {@link ConcurrentChangeException}, which is retryable and stored nothing. Intake is idempotent by key, also when two intakes with the same key
 * race: the loser gets the winner's case ({@link CommandResult.Accepted#replayed()}).
 *
 * <p>Case ids are 16 random hex digits by default; a valid complaint's record number is
 * {@code <department>-<yyyyMM of acceptance>-<case id>} — unique because the case id is, and derived
 * without a shared counter, so several host instances never race for a number.
 */
public final class ComplaintDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintDesk.class);

    private final DeskContext ctx;
    private final CommandValidation validation;
    private final CommandDispatch dispatch;
    private final CaseService cases;
    private final ReportingService reporting;
    private final VisitDeskService visits;
    private final ArchiveRunService archiving;
    private final SlaMonitor sla;
    private final CommandObserver observer;

    ComplaintDesk(ComplaintDeskBuilder b) {
        ZoneId zone = b.zone != null ? b.zone : b.storage.zone();
        this.observer = b.observer;
        Authority authority = new Authority(b.gmdDepartment, b.assignmentDelegations);
        ArchiveService archives = new ArchiveService(b.storage, b.clock, new ArchiveSettings(zone, b.gmdDepartment));
        this.ctx = new DeskContext(b.storage, b.clock, zone, b.engine, authority, b.categories, archives, b.listener,
                b.ids);
        this.validation = new CommandValidation(b.validator != null ? b.validator : b.defaultValidator(), b.categories);
        SlaMonitor.Builder slaBuilder = SlaMonitor.builder(b.storage, b.calendars, b.clock).officeHours(b.officeHours)
                .onlineCollectionDepartments(b.onlineCollectionDepartments);
        if (b.slaPolicy != null) {
            slaBuilder.policy(b.slaPolicy);
        }
        if (b.slaLedger != null) {
            slaBuilder.ledger(b.slaLedger);
        }
        this.sla = slaBuilder.build();
        ctx.nextDue(new NextDue(sla.calculator()));
        Map<String, Set<String>> rosters = Map.copyOf(b.rosters);
        this.cases = new CaseService(ctx);
        this.reporting = new ReportingService(ctx, new MonthlyReportService(b.storage, b.clock,
                new MonthlyAnalysisCalculator(b.timeLimits != null ? b.timeLimits : new TimeLimits(sla.calculator()),
                        b.statisticsSettings, new RecurrenceDetector(b.recurrenceSettings))), rosters);
        this.visits = new VisitDeskService(ctx, new VisitService(b.storage, b.clock, b.visitQuota), rosters);
        this.archiving = new ArchiveRunService(ctx, this::submit);
        RecurrenceService recurrence = new RecurrenceService(ctx, new RecurrenceDetector(b.recurrenceSettings),
                this::submit);
        IntakeService intake = new IntakeService(ctx, IntakeHours.of(b.officeHours, b.calendars));
        CommandDispatch table = new CommandDispatch()
                .on(ReceiveOpinion.class, intake::receive)
                // A periodic action's record and its activity entry: one unit of work of the storage.
                .on(SubmitMonthlyTable.class, c -> b.storage.atomically(() -> reporting.submit(c)))
                .on(SubmitCompanyMonthly.class, c -> b.storage.atomically(() -> reporting.submit(c)))
                .on(SubmitQuarterlySummary.class, c -> b.storage.atomically(() -> reporting.submit(c)))
                .on(LogVisit.class, c -> b.storage.atomically(() -> visits.log(c)))
                .on(CheckVisits.class, c -> b.storage.atomically(() -> visits.check(c)))
                .on(ReviewWeeklyForms.class, c -> b.storage.atomically(() -> visits.review(c)))
                .on(RunRecurrenceCheck.class, recurrence::run)
                .on(ArchiveMonth.class, archiving::archive)
                .on(ArchiveQuarter.class, archiving::archive)
                .on(CollectOnlineOpinions.class, new OnlineCollectionService(ctx)::collect);
        CaseCommandTable.rows().keySet().forEach(type -> table.on(type, cases::submit));
        this.dispatch = table.complete();
    }

    /** A builder with the embedded defaults. */
    public static ComplaintDeskBuilder builder() {
        return new ComplaintDeskBuilder();
    }

    // ------------------------------------------------------------------ commands

    /**
     * Runs a command through the pipeline.
     *
     * @param command the command
     * @return {@link CommandResult.Accepted} (with the stored case and its event),
     *         {@link CommandResult.Recorded} (a periodic action, with what it recorded), rejected (naming
     *         the rule) or invalid (field violations)
     * @throws ConcurrentChangeException when the case changed concurrently twice in a row (retryable;
     *         nothing was stored)
     * @throws ComplaintException    for an unreadable snapshot or a store failure
     */
    public CommandResult submit(Command command) {
        Objects.requireNonNull(command, "command");
        Optional<CommandResult.Invalid> invalid = validation.check(command);
        CommandResult result = invalid.isPresent() ? invalid.get() : dispatch.dispatch(command);
        if (observer != CommandObserver.NONE) {
            tell(command, result);
        }
        return result;
    }

    private void tell(Command command, CommandResult result) {
        try {
            observer.observed(command, result);
        } catch (RuntimeException e) {
            LOG.warn("A command observer failed on {}; the result stands", command.getClass().getSimpleName(), e);
        }
    }

    /**
     * The case commands this actor may issue on this case now, derived from the lifecycle chart and
     * the authority policies (the same table the pipeline runs): a command type is listed when its
     * authority policy allows the actor and the aggregate — asking the lifecycle engine for the
     * command's trigger from the current state — accepts the command with one of its canonical
     * parameter sets. Where acceptance depends on parameters: {@link Classify} is listed when some
     * classification (valid or invalid complaint, inquiry, suggestion, praise) is accepted;
     * {@link Assign} when assigning the actor, in their own right or under delegation (R-4.3.1c);
     * {@link RecordFollowUp} when a follow-up by the customer's chosen method is accepted satisfied
     * or unsatisfied; {@link AddCoHandling} for a department not yet handling the case;
     * {@link Archive} into the default batch. Nothing is stored. Submitting a listed command with
     * such parameters is accepted; any other case command is rejected (not invalid).
     *
     * @param actor  who would act
     * @param caseId the case
     * @return the command types, in the lifecycle's trigger order; empty for an unknown case
     */
    public Set<Class<? extends CaseCommand>> allowedActions(Actor actor, String caseId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caseId, "caseId");
        return cases.allowedActions(actor, caseId);
    }

    /**
     * The canonical commands {@link #allowedActions} tries for a command type, in order (for tests).
     *
     * @param actor  who would act
     * @param caseId the case
     * @param type   the case command type
     * @return the candidates; empty for an unknown case
     */
    List<? extends CaseCommand> canonicalCommands(Actor actor, String caseId, Class<? extends CaseCommand> type) {
        return cases.candidates(actor, caseId, type);
    }

    // ------------------------------------------------------------------ queries

    /**
     * The latest stored state of a case.
     *
     * @param caseId the case id
     * @return the snapshot, or empty
     */
    public Optional<CaseSnapshot> find(String caseId) {
        return ctx.store.findById(caseId);
    }

    /**
     * The case as the aggregate.
     *
     * @param caseId the case id
     * @return the case, or empty
     */
    public Optional<Case> load(String caseId) {
        return ctx.store.findById(caseId).map(Case::restore);
    }

    /**
     * The audit trail of a case, oldest first: one entry per accepted command.
     *
     * @param caseId the case id
     * @return the entries; empty for an unknown case
     */
    public List<AuditEntry> auditTrail(String caseId) {
        return ctx.store.auditTrail(caseId);
    }

    /**
     * The activity log of a department and month, oldest first: one entry per accepted periodic action.
     *
     * @param department the department
     * @param month      the month (entries dated in the storage's zone)
     * @return the entries
     */
    public List<ActivityEntry> activity(String department, YearMonth month) {
        return ctx.storage.activity().find(department, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** The storage the desk works on. */
    public Storage storage() {
        return ctx.storage;
    }

    // ------------------------------------------------------------------ SLA (R-4.7, R-4.2.1b, R-4.4.2b)

    /** The SLA monitor over the desk's storage, calendar, office hours and clock: the desk's SLA service. */
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

    // ------------------------------------------------------------------ tables, visits, archive

    /**
     * A department's monthly analysis table, with the visit roster given to the builder.
     *
     * @param department the department
     * @param month      the month
     * @return the table
     */
    public MonthlyAnalysis monthlyTable(String department, YearMonth month) {
        return reporting.monthlyTable(department, month);
    }

    /**
     * Every department's table of a month and the company roll-up.
     *
     * @param month the month
     * @return the tables
     */
    public CompanyMonthlyAnalysis companyMonthlyTable(YearMonth month) {
        return reporting.companyMonthlyTable(month);
    }

    /**
     * The quarterly summary for the management representative and general manager.
     *
     * @param year    the year
     * @param quarter 1–4
     * @return the summary
     */
    public QuarterlySummary quarterlySummary(int year, int quarter) {
        return reporting.quarterlySummary(year, quarter);
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
     * Each roster member's visits of a month against the quota of 2–3.
     *
     * @param department the department
     * @param month      the month
     * @return the report
     */
    public VisitQuotaReport visitQuota(String department, YearMonth month) {
        return visits.visitQuota(department, month);
    }

    /**
     * Writes a stored batch's electronic archive into a directory.
     *
     * @param batch the batch
     * @param dir   the directory
     * @return the archive written
     */
    public ElectronicArchive writeElectronicArchive(ArchiveBatch batch, Path dir) {
        return archiving.writeElectronicArchive(batch, dir);
    }
}
