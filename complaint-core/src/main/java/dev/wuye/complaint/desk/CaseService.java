package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.cases.Act;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.Outcome;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Case commands: load → the row's authority policy → the aggregate → save with one audit entry
 * (and a duty-log entry for duty-officer acts), all in one unit of work of the storage → the event
 * once the unit is stored; one retry on a concurrent change, then {@link ConcurrentChangeException}. Also
 * {@link #allowedActions}, derived from the same {@link CaseCommandTable}.
 */
final class CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintDesk.class);

    private final DeskContext ctx;

    CaseService(DeskContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Runs a case command in one unit of work (load, save with its audit entry, duty-log entry), then
     * tells the listener; on a concurrent change, once more in a new unit.
     *
     * @throws ConcurrentChangeException when the second unit loses to a concurrent change too
     */
    CommandResult submit(CaseCommand command) {
        DeskContext.Step step;
        try {
            step = ctx.storage.atomically(() -> act(command));
        } catch (StaleVersionException first) {
            LOG.debug("case {} changed concurrently ({}); retrying {} once", command.caseId(),
                    first.getMessage(), command.getClass().getSimpleName());
            try {
                step = ctx.storage.atomically(() -> act(command));
            } catch (StaleVersionException second) {
                throw new ConcurrentChangeException(command.caseId(), command.getClass().getSimpleName(), second);
            }
        }
        return ctx.finish(command, step);
    }

    private DeskContext.Step act(CaseCommand command) {
        Optional<CaseSnapshot> stored = ctx.store.findById(command.caseId());
        if (stored.isEmpty()) {
            return new DeskContext.Step(CommandValidation.unknownCase(command), null, null);
        }
        Case before = ctx.restore(stored.get());
        CaseCommandTable.Row<?> row = CaseCommandTable.row(command);
        Verdict verdict = row.policy(ctx.authority, command).decide(command.actor(), before);
        if (verdict instanceof Verdict.Denied d) {
            return new DeskContext.Step(DeskContext.rejected(command, d.rejection()), null, null);
        }
        Instant at = ctx.clock.instant();
        Outcome outcome = row.apply(command, before, ctx.act(command.actor(), at), ctx);
        if (outcome instanceof Outcome.Refused refused) {
            return new DeskContext.Step(DeskContext.rejected(command, refused.rejection()), null, null);
        }
        Outcome.Changed changed = (Outcome.Changed) outcome;
        CaseSnapshot snapshot = ctx.toSave(changed.after(), at);
        ctx.store.save(snapshot, before.version(), List.of(ctx.audit(command, changed, at)));
        if (command instanceof HandOver h) {
            ctx.appendDutyLog(snapshot, command.actor().staffId(), at, "HANDED_OVER", "handed over to " + h.receiverId());
        } else if (command instanceof RecordDutyHandling d) {
            ctx.appendDutyLog(snapshot, command.actor().staffId(), at, d.action().name(), d.text());
        } else if (command instanceof ReportToHead r) {
            ctx.appendDutyLog(snapshot, command.actor().staffId(), at, DutyAction.REPORTED_MAJOR.name(),
                    "reported to " + r.headId() + ": " + r.text());
        }
        return new DeskContext.Step(null, changed, snapshot);
    }

    /**
     * The case commands the actor may issue on the case now: those whose row's authority policy
     * allows the actor and whose aggregate behaviour — which asks the lifecycle engine for the
     * row's trigger from the current state — accepts one of the row's canonical parameter sets.
     * Nothing is stored.
     *
     * @param actor  who would act
     * @param caseId the case
     * @return the command types, in the lifecycle's trigger order; empty for an unknown case
     */
    Set<Class<? extends CaseCommand>> allowedActions(Actor actor, String caseId) {
        Optional<CaseSnapshot> stored = ctx.store.findById(caseId);
        if (stored.isEmpty()) {
            return Set.of();
        }
        Case complaint = Case.restore(stored.get());
        Set<Class<? extends CaseCommand>> allowed = new LinkedHashSet<>();
        for (Map.Entry<Class<? extends CaseCommand>, CaseCommandTable.Row<?>> e : CaseCommandTable.rows().entrySet()) {
            if (acceptable(actor, complaint, e.getValue()).isPresent()) {
                allowed.add(e.getKey());
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * The first canonical command of a row that the actor may issue on the case now.
     *
     * @param actor     who would act
     * @param complaint the case
     * @param row       the command's row
     * @return the command, or empty when the row's command is not allowed
     */
    Optional<CaseCommand> acceptable(Actor actor, Case complaint, CaseCommandTable.Row<?> row) {
        Act act = ctx.act(actor, ctx.clock.instant());
        for (CaseCommand candidate : row.candidates(actor, complaint, ctx)) {
            if (row.policy(ctx.authority, candidate).decide(actor, complaint).isAllowed()
                    && row.apply(candidate, complaint, act, ctx) instanceof Outcome.Changed) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical commands of a type for an actor and case, in the order {@link #allowedActions} tries them.
     *
     * @param actor  who would act
     * @param caseId the case
     * @param type   the case command type
     * @return the candidates; empty for an unknown case
     */
    List<? extends CaseCommand> candidates(Actor actor, String caseId, Class<? extends CaseCommand> type) {
        return ctx.store.findById(caseId)
                .<List<? extends CaseCommand>>map(s -> CaseCommandTable.rows().get(type)
                        .candidates(actor, Case.restore(s), ctx))
                .orElse(List.of());
    }
}
