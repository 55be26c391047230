package dev.wuye.complaint.benchmarks;

import static dev.wuye.complaint.lifecycle.Route.INQUIRY;
import static dev.wuye.complaint.lifecycle.Route.INVALID_COMPLAINT;
import static dev.wuye.complaint.lifecycle.Route.PRAISE;
import static dev.wuye.complaint.lifecycle.Route.SUGGESTION;
import static dev.wuye.complaint.lifecycle.Route.UNCLASSIFIED;
import static dev.wuye.complaint.lifecycle.Route.VALID_COMPLAINT;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.TransitionFacts;

/**
 * The state chart hand-written as nested enum switches: the floor every engine is measured against.
 * Returns the next state, or {@code null} for "rejected" (no rule id: that is what a bare switch gives
 * up). Benchmark code only; the library's chart lives in the Spring definition.
 */
final class EnumSwitchLifecycle {

    private EnumSwitchLifecycle() {
    }

    static LifecycleState next(LifecycleState s, LifecycleTrigger t, TransitionFacts f) {
        if (s == LifecycleState.FILED) {
            return null;
        }
        switch (t) {
            case OPEN_CORRECTIVE_ACTION:
                return s;
            case UPDATE_CUSTOMER:
                return s.isClosed() ? null : s;
            case RECORD_DUTY_HANDLING:
                return switch (s) {
                    case DUTY_REGISTERED, AWAITING_CLASSIFICATION, AWAITING_ASSIGNMENT, INVESTIGATING,
                         AWAITING_APPROVAL, EXECUTING -> s;
                    default -> null;
                };
            case ADD_CO_HANDLING:
                return inHandling(s) ? s : null;
            case ESCALATE:
                return inHandling(s) && !f.escalationExhausted() ? LifecycleState.AWAITING_ASSIGNMENT : null;
            case REPORT_PROGRESS:
                return s == LifecycleState.INVESTIGATING || s == LifecycleState.AWAITING_APPROVAL
                        || s == LifecycleState.EXECUTING ? s : null;
            case ANSWER_INQUIRY:
                return shortPath(s) && f.route() == INQUIRY ? LifecycleState.CLOSED : null;
            case REPLY_TO_SUGGESTION:
                return shortPath(s) && f.route() == SUGGESTION ? LifecycleState.CLOSED : null;
            case PASS_ON_PRAISE:
                return shortPath(s) && f.route() == PRAISE ? LifecycleState.CLOSED : null;
            default:
                break;
        }
        return switch (s) {
            case DUTY_REGISTERED -> t == LifecycleTrigger.HAND_OVER ? LifecycleState.AWAITING_CLASSIFICATION : null;
            case AWAITING_CLASSIFICATION -> t != LifecycleTrigger.CLASSIFY || f.route() == UNCLASSIFIED ? null
                    : f.route() == INVALID_COMPLAINT ? LifecycleState.INVALID_AWAITING_CONFIRMATION
                    : LifecycleState.AWAITING_ASSIGNMENT;
            case INVALID_AWAITING_CONFIRMATION -> switch (t) {
                case CONFIRM_INVALID -> LifecycleState.CLOSED;
                case RETURN_FOR_CLASSIFICATION -> LifecycleState.AWAITING_CLASSIFICATION;
                default -> null;
            };
            case AWAITING_ASSIGNMENT -> t == LifecycleTrigger.ASSIGN ? LifecycleState.INVESTIGATING : null;
            case INVESTIGATING -> switch (t) {
                case RECORD_INVESTIGATION -> s;
                case PROPOSE_SOLUTION -> f.investigationRecorded() ? LifecycleState.AWAITING_APPROVAL : null;
                default -> null;
            };
            case AWAITING_APPROVAL -> switch (t) {
                case APPROVE_SOLUTION -> LifecycleState.EXECUTING;
                case REJECT_SOLUTION -> LifecycleState.INVESTIGATING;
                default -> null;
            };
            case EXECUTING -> t != LifecycleTrigger.COMPLETE ? null
                    : f.route() == VALID_COMPLAINT ? LifecycleState.AWAITING_FOLLOW_UP : LifecycleState.CLOSED;
            case AWAITING_FOLLOW_UP -> switch (t) {
                case RECORD_FOLLOW_UP -> f.onlineFollowUp() ? null
                        : f.followUpSatisfied() ? LifecycleState.CLOSED : LifecycleState.INVESTIGATING;
                case DRAFT_ONLINE_REPLY -> f.onlineFollowUp() ? LifecycleState.REPLY_AWAITING_APPROVAL : null;
                default -> null;
            };
            case REPLY_AWAITING_APPROVAL -> switch (t) {
                case APPROVE_ONLINE_REPLY -> LifecycleState.CLOSED;
                case REJECT_ONLINE_REPLY -> LifecycleState.AWAITING_FOLLOW_UP;
                default -> null;
            };
            case CLOSED -> t == LifecycleTrigger.ARCHIVE && (f.route() != VALID_COMPLAINT || f.followUpDone())
                    ? LifecycleState.FILED : null;
            case FILED -> null;
        };
    }

    private static boolean inHandling(LifecycleState s) {
        return s == LifecycleState.AWAITING_ASSIGNMENT || s == LifecycleState.INVESTIGATING
                || s == LifecycleState.AWAITING_APPROVAL || s == LifecycleState.EXECUTING;
    }

    private static boolean shortPath(LifecycleState s) {
        return s == LifecycleState.AWAITING_ASSIGNMENT || s == LifecycleState.INVESTIGATING;
    }
}
