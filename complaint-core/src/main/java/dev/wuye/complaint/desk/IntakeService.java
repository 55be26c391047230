package dev.wuye.complaint.desk;

import dev.wuye.complaint.ComplaintException;
import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.CaseId;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Intake;
import dev.wuye.complaint.cases.Outcome;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DuplicateIntakeException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Intake (R-4.2.1, R-4.2.4a): idempotent by key within the department ({@link #storedKey}), the
 * policy on the accepting level, a duty registration off office hours (with its duty-log entry), one audit
 * entry — stored in one unit of work.
 */
final class IntakeService {

    private final DeskContext ctx;
    private final IntakeHours hours;

    IntakeService(DeskContext ctx, IntakeHours hours) {
        this.ctx = ctx;
        this.hours = hours;
    }

    /**
     * Runs an intake in one unit of work (the key's lookup, the case with its audit entry and, off
     * hours, its duty-log entry), then tells the listener. A concurrent intake with the same key that
     * stored first is answered as a replay of its case, read after this unit was undone.
     */
    CommandResult receive(ReceiveOpinion r) {
        DeskContext.Step step;
        try {
            step = ctx.storage.atomically(() -> receiveInUnit(r));
        } catch (DuplicateIntakeException race) {
            return ctx.store.findByIdempotencyKey(storedKey(r))
                    .<CommandResult>map(s -> new CommandResult.Accepted(s, List.of(), true))
                    .orElseThrow(() -> new ComplaintException("the case of intake " + storedKey(r)
                            + " could not be stored, and no case has its idempotency key", race));
        }
        return ctx.finish(r, step);
    }

    private DeskContext.Step receiveInUnit(ReceiveOpinion r) {
        Optional<CaseSnapshot> existing = ctx.store.findByIdempotencyKey(storedKey(r));
        if (existing.isPresent()) {
            return new DeskContext.Step(new CommandResult.Accepted(existing.get(), List.of(), true), null, null);
        }
        if (r.channel() == Channel.CUSTOMER_VISIT && (r.visitId() == null || r.visitId().isBlank())) {
            return new DeskContext.Step(DeskContext.rejected(r, Rejection.of("R-4.5.2", "desk.visitIdRequired",
                    r.visitId() == null ? "null" : "blank")), null, null);
        }
        ReplyAgreement reply = r.replyAgreement();
        if (reply == null || reply.basis() == null) {
            return new DeskContext.Step(DeskContext.rejected(r, Rejection.of("R-4.2.5b", "desk.replyAgreementRequired")),
                    null, null);
        }
        if (!reply.complete()) {
            return new DeskContext.Step(DeskContext.rejected(r, Rejection.of("R-4.2.5b", "desk.replyAgreementIncomplete",
                    reply.basis(), reply.replyBy() == null ? "-" : reply.replyBy(),
                    reply.method() == null ? "-" : reply.method())), null, null);
        }
        Routing routing = r.routing();
        Verdict verdict = ctx.authority.companyLevelOpinionsGoToTheGmd(routing.acceptingLevel(), routing.department());
        if (verdict instanceof Verdict.Denied d) {
            return new DeskContext.Step(DeskContext.rejected(r, d.rejection()), null, null);
        }
        Instant at = ctx.clock.instant();
        boolean duty = !hours.isOpen(r.receivedAt());
        Outcome outcome = Case.receive(new CaseId(ctx.newId()), intake(r, duty), at);
        if (outcome instanceof Outcome.Refused refused) {
            return new DeskContext.Step(DeskContext.rejected(r, refused.rejection()), null, null);
        }
        Outcome.Changed changed = (Outcome.Changed) outcome;
        CaseSnapshot snapshot = ctx.toSave(changed.after(), at);
        ctx.store.save(snapshot, 0, List.of(ctx.audit(r, changed, at)));
        if (duty) {
            CaseEvent.OpinionReceived e = (CaseEvent.OpinionReceived) changed.event();
            ctx.appendDutyLog(snapshot, r.recorder().staffId(), at, "REGISTERED",
                    "registered off hours via " + r.channel() + "; handover to the receiver due " + e.handoverDue());
        }
        return new DeskContext.Step(null, changed, snapshot);
    }

    /**
     * The key a case is stored and found under: the client's key qualified by the department the
     * opinion is received for, {@code <department>/<key>}. A key is unique per department, so an
     * intake for C02 that reuses a key of C01 opens its own case instead of getting C01's back. The
     * key's form ({@link ReceiveOpinion#KEY_PATTERN}, no {@code /}) keeps the two parts apart.
     */
    static String storedKey(ReceiveOpinion r) {
        return r.routing().department() + "/" + r.idempotencyKey();
    }

    /** The aggregate's intake from the command: the one place the command's fields are mapped. */
    private Intake intake(ReceiveOpinion r, boolean duty) {
        Actor recorder = r.recorder();
        Routing routing = r.routing();
        String receiver = routing.receiverId() != null ? routing.receiverId()
                : recorder.has(Role.RECEIVER) && recorder.department().equals(routing.department()) ? recorder.staffId()
                : null;
        return new Intake(storedKey(r), r.channel(), r.customer(), r.contentSummary(),
                recorder.staffId(), receiver, routing.department(), routing.acceptingLevel(), r.receivedAt(),
                LocalDate.ofInstant(r.receivedAt(), ctx.zone), duty, duty ? hours.nextOpening(r.receivedAt()) : null,
                r.replyAgreement().replyBy(), r.replyAgreement().method(), r.replyAgreement().basis(), r.followUpChannel(), r.secondaryComplaint(),
                r.visitId());
    }
}
