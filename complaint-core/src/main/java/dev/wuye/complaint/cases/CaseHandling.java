package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.List;
import java.util.Objects;

/**
 * The handling and tracking behaviours of a {@link Case} (处理, R-4.3; 跟踪, R-4.4.1): assignment,
 * investigation, solution and approval, escalation, co-handling, corrective action, progress and
 * completion. Each changes the current {@link HandlingCycle} through its copy-with methods. Its
 * public methods are {@link Case}'s.
 */
abstract sealed class CaseHandling extends CaseView permits Case {

    CaseHandling(CaseState state, CaseSnapshot snapshot) {
        super(state, snapshot);
    }

    CaseHandling(CaseState state, CaseView before) {
        super(state, before);
    }

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
        int number = Math.max(1, currentCycleNumber());
        return CaseGuards.handlers(handlers).<Outcome>map(Outcome.Refused::new).orElseGet(() ->
                apply(LifecycleTrigger.ASSIGN, facts(), act, (b, to) -> b
                                .currentCycle(c -> c.assigned(handlers, act.staffId(), act.at())),
                        c -> new CaseEvent.HandlersAssigned(id(), act.at(), act.staffId(), number, handlers)));
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
        return apply(LifecycleTrigger.RECORD_INVESTIGATION, facts(), act, (b, to) -> b
                        .currentCycle(c -> c.withInvestigation(investigation)),
                c -> new CaseEvent.InvestigationRecorded(id(), act.at(), act.staffId(), number,
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
        return apply(LifecycleTrigger.PROPOSE_SOLUTION, facts(), act, (b, to) -> b
                        .currentCycle(c -> c.withSolution(solution, act.staffId(), act.at())),
                c -> new CaseEvent.SolutionProposed(id(), act.at(), act.staffId(), number));
    }

    /**
     * 批准方案 — the head approves the solution; the handler may execute it (R-4.3.1e, R-4.3.2c).
     *
     * @param act who, when
     * @return the outcome
     */
    public Outcome approveSolution(Act act) {
        int number = currentCycleNumber();
        return apply(LifecycleTrigger.APPROVE_SOLUTION, facts(), act, (b, to) -> b
                        .currentCycle(c -> c.approved(act.staffId(), act.at())),
                c -> new CaseEvent.SolutionApproved(id(), act.at(), act.staffId(), number));
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
            b.note(act, NoteKind.SOLUTION_REJECTED, reason);
            withdrawSolution(b);
        }, c -> new CaseEvent.SolutionRejected(id(), act.at(), act.staffId(), number));
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
        EscalationLevel from = escalationLevel();
        EscalationLevel to = from.next().orElse(from);
        return apply(LifecycleTrigger.ESCALATE, facts(), act, (b, target) -> {
            b.escalationLevel(to).note(act, NoteKind.ESCALATION, from + " -> " + to + ": " + reason);
            withdrawSolution(b);
        }, c -> new CaseEvent.Escalated(id(), act.at(), act.staffId(), from, to));
    }

    /**
     * 决定上报 — the department head decides, on record, that the department cannot handle the case and
     * that it goes to the GMD; the receiver then carries it there ({@link #escalate}, R-4.3.1f:
     * 「部门处理不了时，经负责人确定交受理人转…报公司综合管理部处理」). Only while the case is at the department
     * head's level, and once.
     *
     * @param reason why the department cannot handle it
     * @param act    who (the head), when
     * @return the outcome
     */
    public Outcome decideEscalation(String reason, Act act) {
        return CaseGuards.escalationDecision(escalationLevel(), escalationDecided())
                .<Outcome>map(Outcome.Refused::new).orElseGet(() ->
                        apply(LifecycleTrigger.DECIDE_ESCALATION, facts(), act, (b, to) -> b
                                        .note(act, NoteKind.ESCALATION_DECIDED, reason),
                                c -> new CaseEvent.EscalationDecided(id(), act.at(), act.staffId())));
    }

    /**
     * 报总经理 — an opinion of major impact goes to the general manager directly, whatever level decided
     * it so far (R-3.1: 「总经理负责处理…有重大影响的客户意见」); the general manager decides and re-assigns.
     * The statement of its impact marks the case. A proposed or approved solution is withdrawn.
     *
     * @param impact why the opinion is of major impact
     * @param act    who, when
     * @return the outcome
     */
    public Outcome referToGeneralManager(String impact, Act act) {
        EscalationLevel from = escalationLevel();
        return apply(LifecycleTrigger.REFER_TO_GENERAL_MANAGER, facts(), act, (b, target) -> {
            b.escalationLevel(EscalationLevel.GENERAL_MANAGER).note(act, NoteKind.MAJOR_IMPACT,
                    from + " -> " + EscalationLevel.GENERAL_MANAGER + ": " + impact);
            withdrawSolution(b);
        }, c -> new CaseEvent.ReferredToGeneralManager(id(), act.at(), act.staffId(), from));
    }

    /**
     * 移交受理 — the case's reception is handed over to another receiver (absence, shift change), who
     * from now on tracks, follows up and archives it (R-3.3, R-4.4.2b). Not the off-hours
     * {@code handOver} of a duty registration (R-4.2.4a).
     *
     * @param toReceiverId the receiver who takes the case over
     * @param reason       why (absence, shift change …)
     * @param act          who, when
     * @return the outcome
     */
    public Outcome transferReception(String toReceiverId, String reason, Act act) {
        Objects.requireNonNull(toReceiverId, "toReceiverId");
        String from = s.receiverId();
        return CaseGuards.receptionTransfer(from, toReceiverId).<Outcome>map(Outcome.Refused::new).orElseGet(() ->
                apply(LifecycleTrigger.TRANSFER_RECEPTION, facts(), act, (b, to) -> b
                                .receiverId(toReceiverId)
                                .note(act, NoteKind.RECEPTION_TRANSFERRED, from + " -> " + toReceiverId + ": " + reason),
                        c -> new CaseEvent.ReceptionTransferred(id(), act.at(), act.staffId(), from, toReceiverId)));
    }

    private void withdrawSolution(CaseState.Builder b) {
        if (s.currentCycle() != null) {
            b.currentCycle(HandlingCycle::withoutSolution);
        }
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
        return CaseGuards.coHandling(department, department(), s.coHandlingDepartments())
                .<Outcome>map(Outcome.Refused::new).orElseGet(() ->
                        apply(LifecycleTrigger.ADD_CO_HANDLING, facts(), act, (b, to) -> b
                                        .coHandlingDepartment(department)
                                        .note(act, NoteKind.CO_HANDLING, department + ": " + note),
                                c -> new CaseEvent.CoHandlingAdded(id(), act.at(), act.staffId(), department)));
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
        return CaseGuards.correctiveAction(s.correctiveAction()).<Outcome>map(Outcome.Refused::new).orElseGet(() ->
                apply(LifecycleTrigger.OPEN_CORRECTIVE_ACTION, facts(), act, (b, to) -> b
                                .correctiveAction(true)
                                .note(act, NoteKind.CORRECTIVE_ACTION, reason),
                        c -> new CaseEvent.CorrectiveActionOpened(id(), act.at(), act.staffId())));
    }

    /**
     * 进度反馈 — a handler reports progress, extent and expected time to the receiver (R-4.4.1a).
     *
     * @param text the report
     * @param act  who, when
     * @return the outcome
     */
    public Outcome reportProgress(String text, Act act) {
        return apply(LifecycleTrigger.REPORT_PROGRESS, facts(), act, (b, to) -> b
                        .note(act, NoteKind.PROGRESS, text),
                c -> new CaseEvent.ProgressReported(id(), act.at(), act.staffId()));
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
                        .note(act, NoteKind.CUSTOMER_UPDATE, text),
                c -> new CaseEvent.CustomerUpdated(id(), act.at(), act.staffId()));
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
            b.currentCycle(c -> c.completed(result, act.staffId(), act.at()));
            if (to.isClosed()) {
                b.closure(Closure.COMPLETED);
            }
        }, c -> new CaseEvent.HandlingCompleted(id(), act.at(), act.staffId(), number,
                c.state() == LifecycleState.AWAITING_FOLLOW_UP));
    }
}
