package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * One customer opinion (客户意见) from intake to archive: the aggregate.
 *
 * <p>Immutable: a behaviour method asks the {@link dev.wuye.complaint.lifecycle.LifecycleEngine}
 * (via the {@link Act}) whether its trigger is possible, checks the rules the state chart does not
 * know, and returns an {@link Outcome} — a new {@code Case} with {@code version + 1} and one
 * {@link CaseEvent}, or a refusal naming the rule. It never throws for a rule violation.
 * Who may act is checked by the caller (the {@code authority} policies) before.
 *
 * <p>Its state is typed (enums, value records, {@link HandlingCycle}s); it is mapped to and from the
 * SPI's {@link CaseSnapshot} in one place, checked once by {@link #restore(CaseSnapshot)}. Reading
 * ({@link #state()}, {@link #toSnapshot()} …) and the handling behaviours ({@link #assign},
 * {@link #complete} …) are declared in its package-private supertypes, one concern each.
 */
public final class Case extends CaseHandling {

    private static final DateTimeFormatter RECORD_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    Case(CaseState state, CaseSnapshot snapshot) {
        super(state, snapshot);
    }

    Case(CaseState state, CaseView before) {
        super(state, before);
    }

    /**
     * Restores a case from its stored snapshot.
     *
     * @param snapshot the stored state
     * @return the case
     * @throws InvalidSnapshotException when a code is unknown (names the field and the value)
     */
    public static Case restore(CaseSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return new Case(CaseMapping.restore(snapshot), snapshot);
    }

    /**
     * Receives an opinion (受理, R-4.2.1–4.2.5): a new case, version 1, in DUTY_REGISTERED for an
     * off-hours duty registration (R-4.2.1b), else AWAITING_CLASSIFICATION with its receiver.
     *
     * @param id     the new case's id
     * @param intake what was recorded
     * @param at     when it was recorded
     * @return the new case, or a refusal (R-4.2.1a: an office-hours opinion needs its receiver)
     */
    public static Outcome receive(CaseId id, Intake intake, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(at, "at");
        return CaseGuards.intake(intake).<Outcome>map(Outcome.Refused::new).orElseGet(() -> {
            boolean duty = intake.dutyRegistration();
            Case created = new Case(new CaseState.Builder()
                    .id(id)
                    .version(1)
                    .idempotencyKey(intake.idempotencyKey())
                    .state(duty ? LifecycleState.DUTY_REGISTERED : LifecycleState.AWAITING_CLASSIFICATION)
                    .registration(Registration.of(intake))
                    .receiverId(duty ? null : intake.receiverId())
                    .notes(List.of(new Note(at, intake.recordedBy(), NoteKind.REPLY_TERMS,
                            intake.replyBasis().name() + ": " + intake.replyBasis().label())))
                    .lastModifiedAt(at)
                    .build(), (CaseSnapshot) null);
            return new Outcome.Changed(null, created, new CaseEvent.OpinionReceived(id, at, intake.recordedBy(),
                    duty, intake.handoverDue(), intake.channel(), intake.department()));
        });
    }

    // ------------------------------------------------------------------ behaviour: intake

    /**
     * 交接 — the duty officer hands an off-hours registration to the receiver (R-4.2.4a).
     *
     * @param receiverId the receiver who takes it over
     * @param act        who, when
     * @return the outcome
     */
    public Outcome handOver(String receiverId, Act act) {
        Objects.requireNonNull(receiverId, "receiverId");
        return apply(LifecycleTrigger.HAND_OVER, facts(), act, (b, to) -> b
                        .receiverId(receiverId)
                        .handedOverAt(act.at())
                        .note(act, NoteKind.HANDOVER, "handed over to " + receiverId),
                c -> new CaseEvent.HandedOver(id(), act.at(), act.staffId(), receiverId));
    }

    /**
     * 值班处理 — a duty officer records what they did (R-4.3.1g/h; reporting an important complaint
     * to the head at once, R-4.2.1c).
     *
     * @param action what they did
     * @param text   details
     * @param act    who, when
     * @return the outcome
     */
    public Outcome recordDutyHandling(DutyAction action, String text, Act act) {
        Objects.requireNonNull(action, "action");
        return apply(LifecycleTrigger.RECORD_DUTY_HANDLING, facts(), act, (b, to) -> b
                        .note(act, NoteKind.DUTY_HANDLING, action.name() + ": " + text),
                c -> new CaseEvent.DutyHandlingRecorded(id(), act.at(), act.staffId(), action));
    }

    /**
     * 报告负责人 — the duty officer reports an important complaint to the responsible head at once
     * (R-4.2.1c); noted as duty handling {@link DutyAction#REPORTED_MAJOR}.
     *
     * @param headId the head it was reported to
     * @param text   what was reported
     * @param act    who (the duty officer), when
     * @return the outcome
     */
    public Outcome reportToHead(String headId, String text, Act act) {
        Objects.requireNonNull(headId, "headId");
        return apply(LifecycleTrigger.REPORT_TO_HEAD, facts(), act, (b, to) -> b
                        .note(act, NoteKind.DUTY_HANDLING, DutyAction.REPORTED_MAJOR.name() + ": to " + headId + ": " + text),
                c -> new CaseEvent.ReportedToHead(id(), act.at(), act.staffId(), headId));
    }

    /**
     * 定性 — the receiver decides the nature (R-4.2.2a–c, R-4.2.4b). A valid complaint gets its
     * record number {@code <department>-<yyyyMM of acceptance>-<case id>}: unique because the case id
     * is, and derived without a shared counter so several hosts never race for a number.
     *
     * @param classification the decision
     * @param act            who, when
     * @return the outcome
     */
    public Outcome classify(Classification classification, Act act) {
        Objects.requireNonNull(classification, "classification");
        return CaseGuards.classification(classification).<Outcome>map(Outcome.Refused::new).orElseGet(() -> {
            Nature nature = Nature.of(classification);
            String number = nature.validity() == Validity.VALID && s.recordNumber() == null
                    ? newRecordNumber() : s.recordNumber();
            return apply(LifecycleTrigger.CLASSIFY, withRoute(facts(), nature.route()), act,
                    (b, to) -> b.nature(nature).recordNumber(number),
                    c -> new CaseEvent.Classified(id(), act.at(), act.staffId(), nature.type(), nature.validity(),
                            nature.ground(), nature.category(), nature.major(), number));
        });
    }

    private String newRecordNumber() {
        return department() + "-" + RECORD_MONTH.format(s.registration().acceptanceDate()) + "-" + s.id().value();
    }

    /**
     * 确认无效 — the head confirms and signs an invalid complaint; it is closed (R-4.2.4b).
     *
     * @param act who, when
     * @return the outcome
     */
    public Outcome confirmInvalid(Act act) {
        return apply(LifecycleTrigger.CONFIRM_INVALID, facts(), act, (b, to) -> b
                        .invalidConfirmedBy(act.staffId())
                        .closure(Closure.INVALID_CONFIRMED),
                c -> new CaseEvent.InvalidConfirmed(id(), act.at(), act.staffId()));
    }

    /**
     * 退回重新定性 — the head does not confirm invalidity (R-4.2.4b).
     *
     * @param reason why
     * @param act    who, when
     * @return the outcome
     */
    public Outcome returnForClassification(String reason, Act act) {
        return apply(LifecycleTrigger.RETURN_FOR_CLASSIFICATION, facts(), act, (b, to) -> b
                        .nature(s.nature().returned())
                        .note(act, NoteKind.RETURNED_FOR_CLASSIFICATION, reason),
                c -> new CaseEvent.ReturnedForClassification(id(), act.at(), act.staffId()));
    }

    /**
     * 答复咨询 — an inquiry is answered; closed (R-4.2.2a).
     *
     * @param answer the answer given
     * @param act    who, when
     * @return the outcome
     */
    public Outcome answerInquiry(String answer, Act act) {
        return shortPath(LifecycleTrigger.ANSWER_INQUIRY, Closure.INQUIRY_ANSWERED, answer, act);
    }

    /**
     * 回复建议 — a suggestion is replied to; closed (R-4.2.2a).
     *
     * @param reply the reply given
     * @param act   who, when
     * @return the outcome
     */
    public Outcome replyToSuggestion(String reply, Act act) {
        return shortPath(LifecycleTrigger.REPLY_TO_SUGGESTION, Closure.SUGGESTION_REPLIED, reply, act);
    }

    /**
     * 转达表扬 — praise is passed on to the praised staff; closed (R-4.2.2a).
     *
     * @param note to whom and how it was passed on
     * @param act  who, when
     * @return the outcome
     */
    public Outcome passOnPraise(String note, Act act) {
        return shortPath(LifecycleTrigger.PASS_ON_PRAISE, Closure.PRAISE_PASSED_ON, note, act);
    }

    private Outcome shortPath(LifecycleTrigger trigger, Closure how, String text, Act act) {
        return apply(trigger, facts(), act, (b, to) -> b
                        .closure(how)
                        .note(act, NoteKind.SHORT_PATH_REPLY, text),
                c -> new CaseEvent.ShortPathClosed(id(), act.at(), act.staffId(), how));
    }

    // ------------------------------------------------------------------ behaviour: follow-up

    /**
     * 回访 — the receiver records the follow-up (R-4.4.2b–d) by the customer's chosen method, or a
     * recurrence check for a case with no channel (R-4.4.2d6: satisfied only once a month after
     * completion has passed without recurrence). Unsatisfied starts re-handling: a new cycle with the
     * same handlers (R-4.4.2d).
     *
     * @param findings what the follow-up found
     * @param zone     the zone "a month after completion" is counted in
     * @param act      who, when
     * @return the outcome
     */
    public Outcome recordFollowUp(FollowUpFindings findings, ZoneId zone, Act act) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(zone, "zone");
        TransitionFacts f = facts();
        f = new TransitionFacts(f.route(), f.investigationRecorded(), f.escalationExhausted(), f.onlineFollowUp(),
                findings.satisfied(), f.followUpDone());
        HandlingCycle current = s.currentCycle();
        Instant completedAt = current == null ? null : current.completedAt();
        return apply(LifecycleTrigger.RECORD_FOLLOW_UP, f, act,
                () -> CaseGuards.followUp(findings, followUpChannel(), completedAt, zone, act.at()), (b, to) -> {
                    Objects.requireNonNull(current, "current cycle");
                    b.followUp(new FollowUp(current.number(), act.at(), act.staffId(), findings.method(),
                            findings.timely(), findings.resultSatisfied(), findings.attitudeSatisfied(),
                            findings.remarks()));
                    if (to.isClosed()) {
                        b.closure(Closure.FOLLOWED_UP);
                    } else {
                        b.cycle(current.rehandling(act.at()));
                    }
                }, c -> new CaseEvent.FollowUpRecorded(id(), act.at(), act.staffId(), current.number(),
                        findings.method(), findings.satisfied()));
    }

    /**
     * 拟网上回复 — the customer-service supervisor or the receiver drafts the online reply for the
     * centre director (R-4.4.2d5).
     *
     * @param text the reply
     * @param act  who, when
     * @return the outcome
     */
    public Outcome draftOnlineReply(String text, Act act) {
        Objects.requireNonNull(text, "text");
        return apply(LifecycleTrigger.DRAFT_ONLINE_REPLY, facts(), act, (b, to) -> b
                        .onlineReply(OnlineReply.drafted(text)),
                c -> new CaseEvent.OnlineReplyDrafted(id(), act.at(), act.staffId()));
    }

    /**
     * 批准发布 — the centre director approves the online reply, which is posted; this is the case's
     * follow-up (R-4.4.2d5) and closes it.
     *
     * @param act who, when
     * @return the outcome
     */
    public Outcome approveOnlineReply(Act act) {
        int number = currentCycleNumber();
        String by = s.receiverId() == null ? act.staffId() : s.receiverId();
        return apply(LifecycleTrigger.APPROVE_ONLINE_REPLY, facts(), act, (b, to) -> b
                        .followUp(new FollowUp(number, act.at(), by, FollowUpMethod.ONLINE, null, null, null,
                                "online reply approved by " + act.staffId()))
                        .onlineReply(s.onlineReply().posted(act.staffId(), act.at()))
                        .closure(Closure.ONLINE_REPLY_POSTED),
                c -> new CaseEvent.OnlineReplyPosted(id(), act.at(), act.staffId()));
    }

    /**
     * 退回回复 — the centre director sends the online reply back (R-4.4.2d5).
     *
     * @param reason why
     * @param act    who, when
     * @return the outcome
     */
    public Outcome rejectOnlineReply(String reason, Act act) {
        return apply(LifecycleTrigger.REJECT_ONLINE_REPLY, facts(), act, (b, to) -> b
                        .note(act, NoteKind.ONLINE_REPLY_REJECTED, reason),
                c -> new CaseEvent.OnlineReplyRejected(id(), act.at(), act.staffId()));
    }

    /**
     * 归档 — the closed case is filed; a valid complaint only after its follow-up (R-4.4.2a).
     * Terminal.
     *
     * @param archiveBatchId the archive batch it is filed in
     * @param act            who, when
     * @return the outcome
     */
    public Outcome archive(String archiveBatchId, Act act) {
        Objects.requireNonNull(archiveBatchId, "archiveBatchId");
        return apply(LifecycleTrigger.ARCHIVE, facts(), act, (b, to) -> b
                        .archiveBatchId(archiveBatchId)
                        .archivedAt(act.at()),
                c -> new CaseEvent.Archived(id(), act.at(), act.staffId(), archiveBatchId));
    }
}
