package dev.wuye.complaint.desk;

import dev.wuye.complaint.lifecycle.CaseKind;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.TransitionFacts;

import java.util.EnumSet;
import java.util.Set;

import static dev.wuye.complaint.lifecycle.LifecycleState.*;

/** Test double of the state chart in TRANSITIONS.md, until the Spring Statemachine engine is merged. */
final class TableLifecycleEngine implements LifecycleEngine {

    @Override
    public Decision decide(LifecycleState from, LifecycleTrigger t, TransitionFacts f) {
        if (from == FILED) {
            return new Decision.Reject("R-4.8.1", "an archived case is final; it was FILED");
        }
        Set<LifecycleState> handling = EnumSet.of(AWAITING_ASSIGNMENT, INVESTIGATING, AWAITING_APPROVAL, EXECUTING);
        Decision none = new Decision.Reject(t.ruleId(), t + " (" + t.label() + ") is not possible in state " + from
                + " (" + from.label() + ")");
        switch (t) {
            case HAND_OVER:
                return from == DUTY_REGISTERED ? move(AWAITING_CLASSIFICATION) : none;
            case RECORD_DUTY_HANDLING:
                return EnumSet.of(DUTY_REGISTERED, AWAITING_CLASSIFICATION, AWAITING_ASSIGNMENT, INVESTIGATING,
                        AWAITING_APPROVAL, EXECUTING).contains(from) ? move(from) : none;
            case CLASSIFY:
                if (from != AWAITING_CLASSIFICATION) {
                    return none;
                }
                if (f.kind() == CaseKind.UNCLASSIFIED) {
                    return new Decision.Reject("R-4.2.4b", "a classification must state the type");
                }
                return move(f.kind() == CaseKind.INVALID_COMPLAINT ? INVALID_AWAITING_CONFIRMATION : AWAITING_ASSIGNMENT);
            case CONFIRM_INVALID:
                return from == INVALID_AWAITING_CONFIRMATION ? move(CLOSED) : none;
            case RETURN_FOR_CLASSIFICATION:
                return from == INVALID_AWAITING_CONFIRMATION ? move(AWAITING_CLASSIFICATION) : none;
            case ANSWER_INQUIRY:
                return shortPath(from, f, CaseKind.INQUIRY, none);
            case REPLY_TO_SUGGESTION:
                return shortPath(from, f, CaseKind.SUGGESTION, none);
            case PASS_ON_PRAISE:
                return shortPath(from, f, CaseKind.PRAISE, none);
            case ASSIGN:
                return from == AWAITING_ASSIGNMENT ? move(INVESTIGATING) : none;
            case RECORD_INVESTIGATION:
                return from == INVESTIGATING ? move(from) : none;
            case PROPOSE_SOLUTION:
                if (from != INVESTIGATING) {
                    return none;
                }
                return f.investigationRecorded() ? move(AWAITING_APPROVAL) : new Decision.Reject("R-4.3.1e",
                        "investigation and on-site verification must be recorded before a solution is proposed");
            case APPROVE_SOLUTION:
                return from == AWAITING_APPROVAL ? move(EXECUTING) : none;
            case REJECT_SOLUTION:
                return from == AWAITING_APPROVAL ? move(INVESTIGATING) : none;
            case ESCALATE:
                if (!handling.contains(from)) {
                    return none;
                }
                return f.escalationExhausted() ? new Decision.Reject("R-4.3.1f", "already at the general manager")
                        : move(AWAITING_ASSIGNMENT);
            case ADD_CO_HANDLING:
                return handling.contains(from) ? move(from) : none;
            case OPEN_CORRECTIVE_ACTION:
                return move(from);
            case REPORT_PROGRESS:
                return EnumSet.of(INVESTIGATING, AWAITING_APPROVAL, EXECUTING).contains(from) ? move(from) : none;
            case UPDATE_CUSTOMER:
                return from.isClosed() ? none : move(from);
            case COMPLETE:
                if (from != EXECUTING) {
                    return none;
                }
                return move(f.kind() == CaseKind.VALID_COMPLAINT ? AWAITING_FOLLOW_UP : CLOSED);
            case RECORD_FOLLOW_UP:
                if (from != AWAITING_FOLLOW_UP) {
                    return none;
                }
                if (f.onlineFollowUp()) {
                    return new Decision.Reject("R-4.4.2d5",
                            "an online follow-up is a reply approved by the centre director");
                }
                return move(f.followUpSatisfied() ? CLOSED : INVESTIGATING);
            case DRAFT_ONLINE_REPLY:
                if (from != AWAITING_FOLLOW_UP) {
                    return none;
                }
                return f.onlineFollowUp() ? move(REPLY_AWAITING_APPROVAL)
                        : new Decision.Reject("R-4.4.2c", "the follow-up uses the method the customer chose");
            case APPROVE_ONLINE_REPLY:
                return from == REPLY_AWAITING_APPROVAL ? move(CLOSED) : none;
            case REJECT_ONLINE_REPLY:
                return from == REPLY_AWAITING_APPROVAL ? move(AWAITING_FOLLOW_UP) : none;
            case ARCHIVE:
                if (from != CLOSED) {
                    return none;
                }
                return f.kind() != CaseKind.VALID_COMPLAINT || f.followUpDone() ? move(FILED)
                        : new Decision.Reject("R-4.4.2a", "a valid complaint is archived only after its follow-up");
            default:
                return none;
        }
    }

    private static Decision shortPath(LifecycleState from, TransitionFacts f, CaseKind kind, Decision none) {
        if (from != AWAITING_ASSIGNMENT && from != INVESTIGATING) {
            return none;
        }
        return f.kind() == kind ? move(CLOSED) : new Decision.Reject("R-4.2.2a", "this case is " + f.kind() + ", not " + kind);
    }

    private static Decision move(LifecycleState to) {
        return new Decision.Move(to);
    }
}
