package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.archive.ArchivePeriod;
import dev.wuye.complaint.archive.ArchiveService;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.authority.PeriodPolicies;
import dev.wuye.complaint.cases.Act;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.Outcome;
import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.sla.NextDue;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the desk's services share: the storage, clock, engine, policies, and the pipeline's last
 * steps — one audit entry per accepted case command, one activity entry per accepted periodic
 * action, the duty log, and telling the event listener.
 */
final class DeskContext implements CaseCommandTable.Context {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintDesk.class);
    /** The longest audit or activity detail the desk keeps. */
    static final int MAX_DETAIL = 500;

    final Storage storage;
    final CaseStore store;
    final Clock clock;
    final ZoneId zone;
    final LifecycleEngine engine;
    final Authority authority;
    final PeriodPolicies periods;
    final CategoryTaxonomy categories;
    final ArchiveService archives;
    private final CaseEventListener listener;
    private final Supplier<String> ids;
    /**
     * The case this desk stored last, with its snapshot made: the next command on that case gets it
     * back from {@link #restore} instead of mapping the same snapshot again. Only ever a case whose
     * {@link Case#toSnapshot()} is the very object the store hands back, so it equals what
     * {@link Case#restore} would make (and is as immutable).
     */
    private volatile Case lastStored;
    /** The snapshot saved for {@link #lastStored}: its {@code nextDueAt} set, so not {@code lastStored.toSnapshot()}. */
    private volatile CaseSnapshot lastSaved;
    /** Derives the next due instant every saved snapshot carries; set once the desk's SLA monitor exists. */
    private volatile NextDue nextDue;

    DeskContext(Storage storage, Clock clock, ZoneId zone, LifecycleEngine engine, Authority authority,
                CategoryTaxonomy categories, ArchiveService archives, CaseEventListener listener,
                Supplier<String> ids) {
        this.storage = storage;
        this.store = storage.cases();
        this.clock = clock;
        this.zone = zone;
        this.engine = engine;
        this.authority = authority;
        this.periods = new PeriodPolicies(authority.gmdDepartment());
        this.categories = categories;
        this.archives = archives;
        this.listener = listener;
        this.ids = ids;
    }

    /** A new case id. */
    String newId() {
        return ids.get();
    }

    /**
     * The case a stored snapshot holds: {@link Case#restore}, or the case this desk stored last
     * when the store hands back that very snapshot (an in-memory store does).
     *
     * @param stored the snapshot as loaded
     * @return the case
     */
    Case restore(CaseSnapshot stored) {
        Case last = lastStored;
        return last != null && lastSaved == stored ? last : Case.restore(stored);
    }

    /** Sets how the next due instant of a saved snapshot is derived. */
    void nextDue(NextDue derivation) {
        this.nextDue = derivation;
    }

    /**
     * The snapshot to save: the case's snapshot with its next due instant, derived from the SLA clocks
     * as of the save (stores index it for the SLA scan).
     *
     * @param c  the changed case
     * @param at the instant of the command
     * @return the snapshot to hand to the store
     */
    CaseSnapshot toSave(Case c, Instant at) {
        CaseSnapshot s = c.toSnapshot();
        NextDue derivation = nextDue;
        return derivation == null ? s : s.withNextDueAt(derivation.of(s, at));
    }

    /**
     * Remembers the case just stored, for {@link #restore}.
     *
     * @param stored the case whose snapshot was saved
     * @param saved  the snapshot saved
     */
    void stored(Case stored, CaseSnapshot saved) {
        lastSaved = saved;
        lastStored = stored;
    }

    /** Who acts now. */
    Act act(Actor actor, Instant at) {
        return new Act(actor.staffId(), at, engine);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    /** The department's monthly batch of the month the case was closed in (R-4.8.1; the GMD's for company-level records, R-4.8.4). */
    @Override
    public String defaultBatch(Case complaint) {
        CaseSnapshot s = complaint.toSnapshot();
        Instant closed = s.closedAt() != null ? s.closedAt() : clock.instant();
        return ArchiveService.batchId(archives.planner().archivingDepartment(s),
                ArchivePeriod.month(YearMonth.from(closed.atZone(zone))));
    }

    @Override
    public String anyCategory() {
        return categories.fallback().code();
    }

    // ------------------------------------------------------------------ effects

    /** The one audit entry of an accepted case command. */
    AuditEntry audit(Command command, Outcome.Changed changed, Instant at) {
        Actor actor = command.actor();
        String detail = AuditDetail.of(changed.event());
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        return new AuditEntry(changed.after().id().value(), changed.after().version(), at, actor.staffId(),
                actor.rolesCode(), actor.department(), command.getClass().getSimpleName(),
                changed.from() == null ? null : changed.from().name(), changed.to().name(), detail);
    }

    void appendDutyLog(CaseSnapshot s, String dutyOfficer, Instant at, String kind, String text) {
        storage.dutyLog().append(new DutyLogEntry(s.id() + "#" + s.version(), s.department(), dutyOfficer, at, kind,
                s.id(), text));
    }

    /**
     * What a command's unit of work decided: a result to answer as it is (a rejection), or a change
     * that is stored once the unit returns and is then told to the listener.
     *
     * @param result  the answer, or {@code null} when {@code changed} is set
     * @param changed the stored change, or {@code null}
     * @param saved   the snapshot stored for the change, or {@code null}
     */
    record Step(CommandResult result, Outcome.Changed changed, CaseSnapshot saved) {
    }

    /**
     * After a command's unit of work is stored: remembers the case for {@link #restore}, tells the
     * listener and answers {@link CommandResult.Accepted}; or answers the unit's rejection.
     *
     * @param command the command
     * @param step    what its unit decided
     * @return the result
     */
    CommandResult finish(Command command, Step step) {
        if (step.changed() == null) {
            return step.result();
        }
        stored(step.changed().after(), step.saved());
        return accepted(command, step.changed(), step.saved());
    }

    /** Tells the listener and answers {@link CommandResult.Accepted} with the snapshot saved. */
    CommandResult accepted(Command command, Outcome.Changed changed, CaseSnapshot saved) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} accepted: case {} {} -> {} (version {})", command.getClass().getSimpleName(),
                    changed.after().id(), changed.from(), changed.to(), changed.after().version());
        }
        try {
            listener.on(changed.event());
        } catch (RuntimeException e) {
            LOG.warn("event listener failed on {} of case {}; the change is stored", changed.event().getClass()
                    .getSimpleName(), changed.after().id(), e);
        }
        return new CommandResult.Accepted(saved, List.of(changed.event()), false);
    }

    /**
     * A periodic action's record is stored: writes its one activity entry (none for an idempotent
     * repeat, which changed nothing) and answers {@link CommandResult.Recorded}.
     *
     * @param command    the command
     * @param department the department the record belongs to
     * @param result     what was recorded
     * @param detail     what to say in the activity entry
     * @return the result
     */
    CommandResult recorded(PeriodCommand command, String department, PeriodResult result, String detail) {
        if (!result.duplicate()) {
            Actor actor = command.actor();
            String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
            storage.activity().append(new ActivityEntry(UUID.randomUUID().toString(), department, clock.instant(), actor.staffId(),
                    actor.rolesCode(), actor.department(), command.getClass().getSimpleName(), result.recordId(),
                    text));
        }
        LOG.debug("{} by {} recorded {}", command.getClass().getSimpleName(), command.actor().staffId(),
                result.recordId());
        return new CommandResult.Recorded(result);
    }

    static CommandResult rejected(Command command, Rejection rejection) {
        LOG.debug("{} by {} rejected: {}", command.getClass().getSimpleName(), command.actor().staffId(), rejection);
        return new CommandResult.Rejected(rejection);
    }
}
