package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.Route;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One customer opinion (客户意见) from intake to archive: the aggregate.
 *
 * <p>Immutable: a behaviour method asks the {@link dev.wuye.complaint.lifecycle.LifecycleEngine}
 * (via the {@link Act}) whether its trigger is possible, checks the rules the state chart does not
 * know, and returns an {@link Outcome} — a new {@code Case} with {@code version + 1} and one
 * {@link CaseEvent}, or a refusal naming the rule. It never throws for a rule violation.
 * Who may act is checked by the caller (the {@code authority} policies) before.
 *
 * <p>Its state is kept as the SPI's {@link CaseSnapshot} (codes = enum names, states =
 * {@link LifecycleState} names), decoded and checked once by {@link #restore(CaseSnapshot)}.
 */
public final class Case {

    private static final DateTimeFormatter RECORD_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final CaseSnapshot data;
    private final CaseId id;
    private final LifecycleState state;
    private final OpinionType type;
    private final Validity validity;
    private final ValidityGround validityGround;
    private final Channel channel;
    private final AcceptingLevel acceptingLevel;
    private final FollowUpMethod followUpChannel;
    private final FollowUpMethod agreedReplyMethod;
    private final EscalationLevel escalationLevel;
    private final Closure closure;

    private Case(CaseSnapshot data) {
        this.data = data;
        String cid = data.id();
        this.id = new CaseId(cid);
        this.state = code(cid, "state", data.state(), LifecycleState.class);
        this.type = code(cid, "type", data.type(), OpinionType.class);
        this.validity = code(cid, "validity", data.validity(), Validity.class);
        this.validityGround = code(cid, "validityGround", data.validityGround(), ValidityGround.class);
        this.channel = code(cid, "channel", data.channel(), Channel.class);
        this.acceptingLevel = code(cid, "acceptingLevel", data.acceptingLevel(), AcceptingLevel.class);
        this.followUpChannel = code(cid, "followUpChannel", data.followUpChannel(), FollowUpMethod.class);
        this.agreedReplyMethod = code(cid, "agreedReplyMethod", data.agreedReplyMethod(), FollowUpMethod.class);
        this.escalationLevel = code(cid, "escalationLevel", data.escalationLevel(), EscalationLevel.class);
        this.closure = code(cid, "closure", data.closure(), Closure.class);
        for (int i = 0; i < data.notes().size(); i++) {
            code(cid, "notes[" + i + "].kind", data.notes().get(i).kind(), NoteKind.class);
        }
        for (int i = 0; i < data.followUps().size(); i++) {
            code(cid, "followUps[" + i + "].method", data.followUps().get(i).method(), FollowUpMethod.class);
        }
        if (state != null && state.phase() != Phase.RECEIVED && !state.isClosed()
                && state != LifecycleState.AWAITING_ASSIGNMENT && data.cycles().isEmpty()) {
            throw new InvalidSnapshotException(cid, "cycles", "[]", "at least one handling cycle in state " + state);
        }
        if (!followUpChannel.isChannel()) {
            throw new InvalidSnapshotException(cid, "followUpChannel", data.followUpChannel(),
                    "one of PHONE, HOME_VISIT, LETTER, ONLINE, NONE");
        }
    }

    private static <E extends Enum<E>> E code(String caseId, String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSnapshotException(caseId, field, value, "one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
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
        if (snapshot.version() < 1) {
            throw new InvalidSnapshotException(snapshot.id(), "version", String.valueOf(snapshot.version()),
                    "a stored version >= 1");
        }
        return new Case(snapshot);
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
        if (!intake.dutyRegistration() && intake.receiverId() == null) {
            return Outcome.refused("R-4.2.1a",
                    "an opinion recorded in office hours must be passed to its receiver (受理人); none was named");
        }
        if (!intake.followUpChannel().isChannel()) {
            return Outcome.refused("R-4.4.2c", "the customer's follow-up channel must be one of "
                    + "PHONE, HOME_VISIT, LETTER, ONLINE or NONE, was " + intake.followUpChannel());
        }
        LifecycleState initial = intake.dutyRegistration()
                ? LifecycleState.DUTY_REGISTERED : LifecycleState.AWAITING_CLASSIFICATION;
        CaseSnapshot s = CaseSnapshot.builder()
                .id(id.value())
                .version(1)
                .idempotencyKey(intake.idempotencyKey())
                .state(initial.name())
                .secondaryComplaint(intake.secondaryComplaint())
                .channel(intake.channel().name())
                .visitId(intake.visitId())
                .customer(intake.customer().toData())
                .contentSummary(intake.contentSummary())
                .recordedBy(intake.recordedBy())
                .receiverId(intake.dutyRegistration() ? null : intake.receiverId())
                .department(intake.department())
                .acceptingLevel(intake.acceptingLevel().name())
                .receivedAt(intake.receivedAt())
                .acceptanceDate(intake.acceptanceDate())
                .dutyRegistration(intake.dutyRegistration())
                .agreedReplyBy(intake.agreedReplyBy())
                .agreedReplyMethod(intake.agreedReplyMethod() == null ? null : intake.agreedReplyMethod().name())
                .followUpChannel(intake.followUpChannel().name())
                .escalationLevel(EscalationLevel.HANDLER.name())
                .lastModifiedAt(at)
                .build();
        Case created = new Case(s);
        return new Outcome.Changed(null, created, new CaseEvent.OpinionReceived(id, at, intake.recordedBy(),
                intake.dutyRegistration(), intake.handoverDue(), intake.channel(), intake.department()));
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
                        .notes(plusNote(act, NoteKind.HANDOVER, "handed over to " + receiverId)),
                c -> new CaseEvent.HandedOver(id, act.at(), act.staffId(), receiverId));
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
                        .notes(plusNote(act, NoteKind.DUTY_HANDLING, action.name() + ": " + text)),
                c -> new CaseEvent.DutyHandlingRecorded(id, act.at(), act.staffId(), action));
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
        if (classification.type() == OpinionType.COMPLAINT && classification.ground() == null) {
            return Outcome.refused("R-4.2.2a",
                    "a complaint must be classified valid or invalid with its ground (R-4.2.2a–c)");
        }
        if (classification.type() != OpinionType.COMPLAINT && classification.ground() != null) {
            return Outcome.refused("R-4.2.2a", "only a complaint has a validity ground; this is "
                    + classification.type() + " (" + classification.type().label() + ")");
        }
        if (classification.type() != OpinionType.COMPLAINT && classification.major()) {
            return Outcome.refused("R-4.3.1c", "only a complaint can be major (重大投诉); this is "
                    + classification.type() + " (" + classification.type().label() + ")");
        }
        TransitionFacts f = withRoute(facts(), classification.route());
        Validity v = classification.validity().orElse(null);
        String number = v == Validity.VALID && data.recordNumber() == null ? newRecordNumber() : data.recordNumber();
        return apply(LifecycleTrigger.CLASSIFY, f, act, (b, to) -> b
                        .type(classification.type().name())
                        .validity(v == null ? null : v.name())
                        .validityGround(classification.ground() == null ? null : classification.ground().name())
                        .category(classification.category())
                        .major(classification.major())
                        .recordNumber(number),
                c -> new CaseEvent.Classified(id, act.at(), act.staffId(), classification.type(), v,
                        classification.ground(), classification.category(), classification.major(), number));
    }

    private String newRecordNumber() {
        return data.department() + "-" + RECORD_MONTH.format(data.acceptanceDate()) + "-" + data.id();
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
                        .closure(Closure.INVALID_CONFIRMED.name()),
                c -> new CaseEvent.InvalidConfirmed(id, act.at(), act.staffId()));
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
                        .type(null).validity(null).validityGround(null).major(false)
                        .notes(plusNote(act, NoteKind.RETURNED_FOR_CLASSIFICATION, reason)),
                c -> new CaseEvent.ReturnedForClassification(id, act.at(), act.staffId()));
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
                        .closure(how.name())
                        .notes(plusNote(act, NoteKind.SHORT_PATH_REPLY, text)),
                c -> new CaseEvent.ShortPathClosed(id, act.at(), act.staffId(), how));
    }

    // ------------------------------------------------------------------ behaviour: handling

    /**
     * 分派 — handlers are assigned to the current handling cycle (R-4.3.1a/c). After an escalation
     * the level above re-assigns the same cycle.
     *
     * @param handlerIds the handlers, at least one
     * @param act        who, when
     * @return the outcome
     */
    public Outcome assign(List<String> handlerIds, Act act) {
        List<String> handlers = List.copyOf(handlerIds);
        if (handlers.isEmpty()) {
            return Outcome.refused("R-4.3.1a", "at least one handler must be assigned");
        }
        HandlingCycle current = currentCycle().orElse(null);
        int number = current == null ? 1 : current.number();
        return apply(LifecycleTrigger.ASSIGN, facts(), act, (b, to) -> {
            HandlingCycle base = current == null ? emptyCycle(1) : current;
            b.cycles(replaceCurrent(new HandlingCycle(base.number(), handlers, act.staffId(), act.at(),
                    base.investigation(), base.onSiteVerified(), base.analysis(), base.sameProblemElsewhere(),
                    null, null, null, null, null, null, null, null)));
        }, c -> new CaseEvent.HandlersAssigned(id, act.at(), act.staffId(), number, handlers));
    }

    /**
     * 调查记录 — investigation, on-site verification and analysis are recorded (R-4.3.2a/b).
     *
     * @param investigation what was found
     * @param act           who, when
     * @return the outcome
     */
    public Outcome recordInvestigation(Investigation investigation, Act act) {
        Objects.requireNonNull(investigation, "investigation");
        int number = currentCycleNumber();
        return apply(LifecycleTrigger.RECORD_INVESTIGATION, facts(), act, (b, to) -> {
            HandlingCycle c = currentCycle().orElseGet(() -> emptyCycle(1));
            b.cycles(replaceCurrent(new HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(),
                    investigation.facts(), investigation.onSiteVerified(), investigation.analysis(),
                    investigation.sameProblemElsewhere(), c.solution(), c.solutionProposedBy(),
                    c.solutionProposedAt(), c.approvedBy(), c.approvedAt(), c.result(), c.resultSignedBy(),
                    c.completedAt())));
        }, c -> new CaseEvent.InvestigationRecorded(id, act.at(), act.staffId(), number,
                investigation.onSiteVerified()));
    }

    /**
     * 提出方案 — a handler proposes a solution to the head; only after the investigation is recorded
     * (R-4.3.1e).
     *
     * @param solution the proposed solution
     * @param act      who, when
     * @return the outcome
     */
    public Outcome proposeSolution(String solution, Act act) {
        Objects.requireNonNull(solution, "solution");
        int number = currentCycleNumber();
        return apply(LifecycleTrigger.PROPOSE_SOLUTION, facts(), act, (b, to) -> {
            HandlingCycle c = currentCycle().orElseThrow();
            b.cycles(replaceCurrent(new HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(),
                    c.investigation(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere(), solution,
                    act.staffId(), act.at(), null, null, c.result(), c.resultSignedBy(), c.completedAt())));
        }, c -> new CaseEvent.SolutionProposed(id, act.at(), act.staffId(), number));
    }

    /**
     * 批准方案 — the head approves the solution; the handler may execute it (R-4.3.1e, R-4.3.2c).
     *
     * @param act who, when
     * @return the outcome
     */
    public Outcome approveSolution(Act act) {
        int number = currentCycleNumber();
        return apply(LifecycleTrigger.APPROVE_SOLUTION, facts(), act, (b, to) -> {
            HandlingCycle c = currentCycle().orElseThrow();
            b.cycles(replaceCurrent(new HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(),
                    c.investigation(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere(), c.solution(),
                    c.solutionProposedBy(), c.solutionProposedAt(), act.staffId(), act.at(), c.result(),
                    c.resultSignedBy(), c.completedAt())));
        }, c -> new CaseEvent.SolutionApproved(id, act.at(), act.staffId(), number));
    }

    /**
     * 驳回方案 — the head sends the solution back to the handlers (R-4.3.1e).
     *
     * @param reason why
     * @param act    who, when
     * @return the outcome
     */
    public Outcome rejectSolution(String reason, Act act) {
        int number = currentCycleNumber();
        return apply(LifecycleTrigger.REJECT_SOLUTION, facts(), act, (b, to) -> {
            b.notes(plusNote(act, NoteKind.SOLUTION_REJECTED, reason));
            currentCycle().ifPresent(c -> b.cycles(replaceCurrent(withoutSolution(c))));
        }, c -> new CaseEvent.SolutionRejected(id, act.at(), act.staffId(), number));
    }

    /**
     * 升级 — beyond the current level's authority: one level up the chain; the level above decides
     * and re-assigns (R-4.3.1f). A proposed or approved solution is withdrawn.
     *
     * @param reason why
     * @param act    who, when
     * @return the outcome
     */
    public Outcome escalate(String reason, Act act) {
        EscalationLevel to = escalationLevel.next().orElse(escalationLevel);
        return apply(LifecycleTrigger.ESCALATE, facts(), act, (b, target) -> {
            b.escalationLevel(to.name())
                    .notes(plusNote(act, NoteKind.ESCALATION, escalationLevel + " -> " + to + ": " + reason));
            currentCycle().ifPresent(c -> b.cycles(replaceCurrent(withoutSolution(c))));
        }, c -> new CaseEvent.Escalated(id, act.at(), act.staffId(), escalationLevel, to));
    }

    /**
     * 转协办 — the receiver transfers the form to another department for co-handling (R-4.3.1d).
     *
     * @param department the co-handling department
     * @param note       what they are asked to do
     * @param act        who, when
     * @return the outcome
     */
    public Outcome addCoHandling(String department, String note, Act act) {
        Objects.requireNonNull(department, "department");
        if (department.equals(data.department()) || data.coHandlingDepartments().contains(department)) {
            return Outcome.refused("R-4.3.1d", "department " + department
                    + " already handles this case; co-handling is for other departments");
        }
        List<String> departments = new ArrayList<>(data.coHandlingDepartments());
        departments.add(department);
        return apply(LifecycleTrigger.ADD_CO_HANDLING, facts(), act, (b, to) -> b
                        .coHandlingDepartments(departments)
                        .notes(plusNote(act, NoteKind.CO_HANDLING, department + ": " + note)),
                c -> new CaseEvent.CoHandlingAdded(id, act.at(), act.staffId(), department));
    }

    /**
     * 纠正预防 — the head opens corrective and preventive action for a high-impact or repeated
     * opinion (R-4.3.1b).
     *
     * @param reason why (repeated, high impact …)
     * @param act    who, when
     * @return the outcome
     */
    public Outcome openCorrectiveAction(String reason, Act act) {
        if (data.correctiveAction()) {
            return Outcome.refused("R-4.3.1b", "corrective and preventive action is already open for this case");
        }
        return apply(LifecycleTrigger.OPEN_CORRECTIVE_ACTION, facts(), act, (b, to) -> b
                        .correctiveAction(true)
                        .notes(plusNote(act, NoteKind.CORRECTIVE_ACTION, reason)),
                c -> new CaseEvent.CorrectiveActionOpened(id, act.at(), act.staffId()));
    }

    // ------------------------------------------------------------------ behaviour: tracking

    /**
     * 进度反馈 — a handler reports progress, extent and expected time to the receiver (R-4.4.1a).
     *
     * @param text the report
     * @param act  who, when
     * @return the outcome
     */
    public Outcome reportProgress(String text, Act act) {
        return apply(LifecycleTrigger.REPORT_PROGRESS, facts(), act, (b, to) -> b
                        .notes(plusNote(act, NoteKind.PROGRESS, text)),
                c -> new CaseEvent.ProgressReported(id, act.at(), act.staffId()));
    }

    /**
     * 告知客户 — the receiver keeps the customer informed (R-4.4.1b).
     *
     * @param text what the customer was told
     * @param act  who, when
     * @return the outcome
     */
    public Outcome updateCustomer(String text, Act act) {
        return apply(LifecycleTrigger.UPDATE_CUSTOMER, facts(), act, (b, to) -> b
                        .notes(plusNote(act, NoteKind.CUSTOMER_UPDATE, text)),
                c -> new CaseEvent.CustomerUpdated(id, act.at(), act.staffId()));
    }

    /**
     * 办结 — handling is complete; the head signs the result (R-4.3.1c/e). A valid complaint then
     * awaits its follow-up (R-4.4.2a); anything else is closed. In a re-handling cycle the result is
     * the re-handling result (R-4.4.2d).
     *
     * @param result the handling result
     * @param act    who (the signing head), when
     * @return the outcome
     */
    public Outcome complete(String result, Act act) {
        Objects.requireNonNull(result, "result");
        int number = currentCycleNumber();
        return apply(LifecycleTrigger.COMPLETE, facts(), act, (b, to) -> {
            HandlingCycle c = currentCycle().orElseThrow();
            b.cycles(replaceCurrent(new HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(),
                    c.investigation(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere(), c.solution(),
                    c.solutionProposedBy(), c.solutionProposedAt(), c.approvedBy(), c.approvedAt(), result,
                    act.staffId(), act.at())));
            if (to.isClosed()) {
                b.closure(Closure.COMPLETED.name());
            }
        }, c -> new CaseEvent.HandlingCompleted(id, act.at(), act.staffId(), number,
                c.state() == LifecycleState.AWAITING_FOLLOW_UP));
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
        Decision d = act.engine().decide(state, LifecycleTrigger.RECORD_FOLLOW_UP, f);
        if (d instanceof Decision.Reject r) {
            return Outcome.refused(r.ruleId(), r.message());
        }
        FollowUpMethod required = followUpChannel.recordMethod();
        if (findings.method() != required) {
            return Outcome.refused("R-4.4.2c", "the follow-up must use the customer's chosen method "
                    + required + " (" + required.label() + "), not " + findings.method());
        }
        HandlingCycle current = currentCycle().orElseThrow();
        if (required == FollowUpMethod.RECURRENCE_CHECK && findings.satisfied() && current.completedAt() != null
                && act.at().isBefore(current.completedAt().atZone(zone).plusMonths(1).toInstant())) {
            return Outcome.refused("R-4.4.2d6", "with no follow-up channel, 'no recurrence' can be recorded "
                    + "only once a month after completion (" + current.completedAt() + ") has passed");
        }
        FollowUpEntry entry = new FollowUpEntry(current.number(), act.at(), act.staffId(), findings.method().name(),
                findings.timely(), findings.resultSatisfied(), findings.attitudeSatisfied(), findings.remarks());
        return move(((Decision.Move) d).target(), act, (b, to) -> {
            List<FollowUpEntry> entries = new ArrayList<>(data.followUps());
            entries.add(entry);
            b.followUps(entries);
            if (to.isClosed()) {
                b.closure(Closure.FOLLOWED_UP.name());
            } else {
                List<HandlingCycle> cycles = new ArrayList<>(data.cycles());
                cycles.add(new HandlingCycle(current.number() + 1, current.handlerIds(), current.assignedBy(),
                        act.at(), null, null, null, null, null, null, null, null, null, null, null, null));
                b.cycles(cycles);
            }
        }, c -> new CaseEvent.FollowUpRecorded(id, act.at(), act.staffId(), current.number(),
                findings.method(), findings.satisfied()));
    }

    /**
     * 拟网上回复 — the receiver drafts the online reply for the centre director (R-4.4.2d5).
     *
     * @param text the reply
     * @param act  who, when
     * @return the outcome
     */
    public Outcome draftOnlineReply(String text, Act act) {
        Objects.requireNonNull(text, "text");
        return apply(LifecycleTrigger.DRAFT_ONLINE_REPLY, facts(), act, (b, to) -> b
                        .onlineReplyText(text).onlineReplyApprovedBy(null).onlineReplyPostedAt(null),
                c -> new CaseEvent.OnlineReplyDrafted(id, act.at(), act.staffId()));
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
        return apply(LifecycleTrigger.APPROVE_ONLINE_REPLY, facts(), act, (b, to) -> {
            List<FollowUpEntry> entries = new ArrayList<>(data.followUps());
            entries.add(new FollowUpEntry(number, act.at(), data.receiverId() == null ? act.staffId() : data.receiverId(),
                    FollowUpMethod.ONLINE.name(), null, null, null, "online reply approved by " + act.staffId()));
            b.followUps(entries)
                    .onlineReplyApprovedBy(act.staffId())
                    .onlineReplyPostedAt(act.at())
                    .closure(Closure.ONLINE_REPLY_POSTED.name());
        }, c -> new CaseEvent.OnlineReplyPosted(id, act.at(), act.staffId()));
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
                        .notes(plusNote(act, NoteKind.ONLINE_REPLY_REJECTED, reason)),
                c -> new CaseEvent.OnlineReplyRejected(id, act.at(), act.staffId()));
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
                c -> new CaseEvent.Archived(id, act.at(), act.staffId(), archiveBatchId));
    }

    // ------------------------------------------------------------------ mechanics

    private Outcome apply(LifecycleTrigger trigger, TransitionFacts facts, Act act,
                          BiConsumer<CaseSnapshot.Builder, LifecycleState> change,
                          Function<Case, CaseEvent> event) {
        Decision d = act.engine().decide(state, trigger, facts);
        if (d instanceof Decision.Reject r) {
            return Outcome.refused(r.ruleId(), r.message());
        }
        return move(((Decision.Move) d).target(), act, change, event);
    }

    private Outcome move(LifecycleState to, Act act, BiConsumer<CaseSnapshot.Builder, LifecycleState> change,
                         Function<Case, CaseEvent> event) {
        CaseSnapshot.Builder b = data.toBuilder()
                .version(data.version() + 1)
                .state(to.name())
                .lastModifiedAt(act.at());
        change.accept(b, to);
        if (to.isClosed() && data.closedAt() == null) {
            b.closedAt(act.at());
        }
        Case after = new Case(b.build());
        return new Outcome.Changed(this, after, event.apply(after));
    }

    private List<NoteEntry> plusNote(Act act, NoteKind kind, String text) {
        List<NoteEntry> notes = new ArrayList<>(data.notes());
        notes.add(new NoteEntry(act.at(), act.staffId(), kind.name(), text == null ? "" : text));
        return notes;
    }

    private List<HandlingCycle> replaceCurrent(HandlingCycle cycle) {
        List<HandlingCycle> cycles = new ArrayList<>(data.cycles());
        if (cycles.isEmpty()) {
            cycles.add(cycle);
        } else {
            cycles.set(cycles.size() - 1, cycle);
        }
        return cycles;
    }

    private static HandlingCycle emptyCycle(int number) {
        return new HandlingCycle(number, List.of(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private static HandlingCycle withoutSolution(HandlingCycle c) {
        return new HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(), c.investigation(),
                c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere(), null, null, null, null, null,
                c.result(), c.resultSignedBy(), c.completedAt());
    }

    private static TransitionFacts withRoute(TransitionFacts f, Route route) {
        return new TransitionFacts(route, f.investigationRecorded(), f.escalationExhausted(), f.onlineFollowUp(),
                f.followUpSatisfied(), f.followUpDone());
    }

    /** The facts the state chart's guards read, as they are now. */
    public TransitionFacts facts() {
        return new TransitionFacts(route(), investigationRecorded(), escalationLevel.next().isEmpty(),
                followUpChannel == FollowUpMethod.ONLINE, false, followUpDone());
    }

    static Route routeOf(OpinionType type, Validity validity) {
        if (type == null) {
            return Route.UNCLASSIFIED;
        }
        return switch (type) {
            case INQUIRY -> Route.INQUIRY;
            case SUGGESTION -> Route.SUGGESTION;
            case PRAISE -> Route.PRAISE;
            case COMPLAINT -> validity == Validity.VALID ? Route.VALID_COMPLAINT
                    : validity == Validity.INVALID ? Route.INVALID_COMPLAINT : Route.UNCLASSIFIED;
        };
    }

    private boolean investigationRecorded() {
        return currentCycle().map(c -> c.investigation() != null && c.onSiteVerified() != null).orElse(false);
    }

    /** Whether the current handling cycle has been followed up (R-4.4.2a). */
    public boolean followUpDone() {
        int number = currentCycleNumber();
        return number > 0 && data.followUps().stream().anyMatch(f -> f.cycle() == number);
    }

    // ------------------------------------------------------------------ reading

    /** The case's stored form, at its current version. */
    public CaseSnapshot toSnapshot() {
        return data;
    }

    /** The case id. */
    public CaseId id() {
        return id;
    }

    /** The version: 1 after intake, + 1 per accepted act. */
    public long version() {
        return data.version();
    }

    /** The lifecycle state. */
    public LifecycleState state() {
        return state;
    }

    /** The opinion type; empty until classified. */
    public Optional<OpinionType> type() {
        return Optional.ofNullable(type);
    }

    /** A complaint's validity; empty until classified and for anything but a complaint. */
    public Optional<Validity> validity() {
        return Optional.ofNullable(validity);
    }

    /** A complaint's validity ground; empty otherwise. */
    public Optional<ValidityGround> validityGround() {
        return Optional.ofNullable(validityGround);
    }

    /** What the lifecycle knows of the classification. */
    public Route route() {
        return routeOf(type, validity);
    }

    /** Whether this is a major complaint (重大投诉, R-4.3.1c). */
    public boolean isMajor() {
        return data.major();
    }

    /** The intake channel. */
    public Channel channel() {
        return channel;
    }

    /** Who accepted it. */
    public AcceptingLevel acceptingLevel() {
        return acceptingLevel;
    }

    /** The customer's chosen follow-up channel, or NONE. */
    public FollowUpMethod followUpChannel() {
        return followUpChannel;
    }

    /** The reply method agreed at intake (R-4.2.5b); empty when none was agreed. */
    public Optional<FollowUpMethod> agreedReplyMethod() {
        return Optional.ofNullable(agreedReplyMethod);
    }

    /** The level that currently decides (R-4.3.1f). */
    public EscalationLevel escalationLevel() {
        return escalationLevel;
    }

    /** Whether this is a company-level case: accepted by the company or decided at the GMD or above. */
    public boolean isCompanyLevel() {
        return isCompanyLevel(acceptingLevel, escalationLevel);
    }

    /**
     * The one definition of a company-level case: accepted by the company, or
     * escalated to the GMD, the management representative or the general manager.
     *
     * @param accepted  who accepted it
     * @param escalated the level that decides now
     * @return whether the GMD keeps its records
     */
    public static boolean isCompanyLevel(AcceptingLevel accepted, EscalationLevel escalated) {
        return accepted == AcceptingLevel.COMPANY || escalated.isCompanyLevel();
    }

    /** How the case was closed; empty while open. */
    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    /** The handling department. */
    public String department() {
        return data.department();
    }

    /** Departments the form was transferred to for co-handling (R-4.3.1d). */
    public List<String> coHandlingDepartments() {
        return data.coHandlingDepartments();
    }

    /** The receiver (受理人) who tracks the case; empty while a duty registration awaits handover. */
    public Optional<String> receiverId() {
        return Optional.ofNullable(data.receiverId());
    }

    /** The current handling cycle; empty before the first assignment. */
    public Optional<HandlingCycle> currentCycle() {
        List<HandlingCycle> cycles = data.cycles();
        return cycles.isEmpty() ? Optional.empty() : Optional.of(cycles.get(cycles.size() - 1));
    }

    /** The current cycle's number; 0 before the first assignment. */
    public int currentCycleNumber() {
        return currentCycle().map(HandlingCycle::number).orElse(0);
    }

    /** The handlers of the current cycle; empty before the first assignment. */
    public List<String> currentHandlers() {
        return currentCycle().map(HandlingCycle::handlerIds).orElse(List.of());
    }

    /** The record number of a valid complaint (R-4.2.4b); empty otherwise. */
    public Optional<String> recordNumber() {
        return Optional.ofNullable(data.recordNumber());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Case other && data.equals(other.data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return "Complaint[id=" + id + ", version=" + data.version() + ", state=" + state + ", type=" + type
                + ", department=" + data.department() + ", customer=" + data.customer() + "]";
    }
}
