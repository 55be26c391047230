package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.Rejection;

import static dev.wuye.complaint.lifecycle.Route.INQUIRY;
import static dev.wuye.complaint.lifecycle.Route.INVALID_COMPLAINT;
import static dev.wuye.complaint.lifecycle.Route.PRAISE;
import static dev.wuye.complaint.lifecycle.Route.SUGGESTION;
import static dev.wuye.complaint.lifecycle.Route.UNCLASSIFIED;
import static dev.wuye.complaint.lifecycle.Route.VALID_COMPLAINT;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_APPROVAL;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_ASSIGNMENT;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_CLASSIFICATION;
import static dev.wuye.complaint.lifecycle.LifecycleState.AWAITING_FOLLOW_UP;
import static dev.wuye.complaint.lifecycle.LifecycleState.CLOSED;
import static dev.wuye.complaint.lifecycle.LifecycleState.DUTY_REGISTERED;
import static dev.wuye.complaint.lifecycle.LifecycleState.EXECUTING;
import static dev.wuye.complaint.lifecycle.LifecycleState.FILED;
import static dev.wuye.complaint.lifecycle.LifecycleState.INVALID_AWAITING_CONFIRMATION;
import static dev.wuye.complaint.lifecycle.LifecycleState.INVESTIGATING;
import static dev.wuye.complaint.lifecycle.LifecycleState.REPLY_AWAITING_APPROVAL;
import static dev.wuye.complaint.lifecycle.LifecycleTrigger.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * docs/lifecycle-transitions.md written out as test data, independently of the implementation: every row, expanded to
 * each source state and to the facts that select its branch, plus every rejection the table names.
 */
final class TransitionTable {

    /**
     * One expected decision.
     *
     * @param ruleId   the rule the row proves
     * @param from     the state
     * @param trigger  the trigger
     * @param facts    the facts
     * @param expected the decision the engine must return
     */
    record Row(String ruleId, LifecycleState from, LifecycleTrigger trigger, TransitionFacts facts, Decision expected) {
        @Override
        public String toString() {
            String outcome = expected instanceof Decision.Move m ? "→ " + m.target()
                    : "rejected: " + expectedText(expected);
            return ruleId + " " + from + " + " + trigger + " " + describe(facts) + " " + outcome;
        }
    }

    static final Set<LifecycleState> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED, FILED));
    static final Set<LifecycleState> HANDLING = EnumSet.of(AWAITING_ASSIGNMENT, INVESTIGATING, AWAITING_APPROVAL, EXECUTING);
    static final Set<Route> HANDLED_ROUTES = EnumSet.of(INQUIRY, SUGGESTION, PRAISE, VALID_COMPLAINT);

    private TransitionTable() {
    }

    static TransitionFacts facts(Route route) {
        return TransitionFacts.of(route);
    }

    static TransitionFacts facts(Route route, boolean investigationRecorded, boolean escalationExhausted,
                                 boolean onlineFollowUp, boolean followUpSatisfied, boolean followUpDone) {
        return new TransitionFacts(route, investigationRecorded, escalationExhausted, onlineFollowUp,
                followUpSatisfied, followUpDone);
    }

    private static String describe(TransitionFacts f) {
        StringBuilder b = new StringBuilder("[").append(f.route());
        if (f.investigationRecorded()) b.append(",investigated");
        if (f.escalationExhausted()) b.append(",atGM");
        if (f.onlineFollowUp()) b.append(",online");
        if (f.followUpSatisfied()) b.append(",satisfied");
        if (f.followUpDone()) b.append(",followedUp");
        return b.append(']').toString();
    }

    /** The rows whose trigger is accepted. */
    static List<Row> moves() {
        List<Row> rows = new ArrayList<>();
        TransitionFacts valid = facts(VALID_COMPLAINT);
        rows.add(move("R-4.2.4a", DUTY_REGISTERED, HAND_OVER, valid, AWAITING_CLASSIFICATION));
        for (LifecycleState s : EnumSet.of(DUTY_REGISTERED, AWAITING_CLASSIFICATION, AWAITING_ASSIGNMENT,
                INVESTIGATING, AWAITING_APPROVAL, EXECUTING)) {
            rows.add(move("R-4.3.1g/h", s, RECORD_DUTY_HANDLING, valid, s));
            rows.add(move("R-4.2.1c", s, LifecycleTrigger.REPORT_TO_HEAD, valid, s));
        }
        rows.add(move("R-4.2.4b", AWAITING_CLASSIFICATION, CLASSIFY, facts(INVALID_COMPLAINT), INVALID_AWAITING_CONFIRMATION));
        for (Route route : HANDLED_ROUTES) {
            rows.add(move("R-4.2.4b", AWAITING_CLASSIFICATION, CLASSIFY, facts(route), AWAITING_ASSIGNMENT));
        }
        rows.add(move("R-4.2.4b", INVALID_AWAITING_CONFIRMATION, CONFIRM_INVALID, facts(INVALID_COMPLAINT), CLOSED));
        rows.add(move("R-4.2.4b", INVALID_AWAITING_CONFIRMATION, RETURN_FOR_CLASSIFICATION, facts(INVALID_COMPLAINT),
                AWAITING_CLASSIFICATION));
        for (LifecycleState s : EnumSet.of(AWAITING_ASSIGNMENT, INVESTIGATING)) {
            rows.add(move("R-4.2.2a", s, ANSWER_INQUIRY, facts(INQUIRY), CLOSED));
            rows.add(move("R-4.2.2a", s, REPLY_TO_SUGGESTION, facts(SUGGESTION), CLOSED));
            rows.add(move("R-4.2.2a", s, PASS_ON_PRAISE, facts(PRAISE), CLOSED));
        }
        rows.add(move("R-4.3.1a", AWAITING_ASSIGNMENT, ASSIGN, valid, INVESTIGATING));
        rows.add(move("R-4.3.2a", INVESTIGATING, RECORD_INVESTIGATION, valid, INVESTIGATING));
        rows.add(move("R-4.3.1e", INVESTIGATING, PROPOSE_SOLUTION, facts(VALID_COMPLAINT, true, false, false, false, false),
                AWAITING_APPROVAL));
        rows.add(move("R-4.3.2c", AWAITING_APPROVAL, APPROVE_SOLUTION, valid, EXECUTING));
        rows.add(move("R-4.3.1e", AWAITING_APPROVAL, REJECT_SOLUTION, valid, INVESTIGATING));
        for (LifecycleState s : HANDLING) {
            rows.add(move("R-4.3.1f", s, ESCALATE, valid, AWAITING_ASSIGNMENT));
            rows.add(move("R-4.3.1d", s, ADD_CO_HANDLING, valid, s));
            rows.add(move("R-4.3.1f", s, DECIDE_ESCALATION, valid, s));
            rows.add(move("R-3.1", s, REFER_TO_GENERAL_MANAGER, valid, AWAITING_ASSIGNMENT));
        }
        for (LifecycleState s : EnumSet.complementOf(EnumSet.of(DUTY_REGISTERED, FILED))) {
            rows.add(move("R-3.3", s, TRANSFER_RECEPTION, valid, s));
        }
        for (LifecycleState s : EnumSet.complementOf(EnumSet.of(FILED))) {
            rows.add(move("R-4.3.1b", s, OPEN_CORRECTIVE_ACTION, valid, s));
        }
        for (LifecycleState s : EnumSet.of(INVESTIGATING, AWAITING_APPROVAL, EXECUTING)) {
            rows.add(move("R-4.4.1a", s, REPORT_PROGRESS, valid, s));
        }
        for (LifecycleState s : OPEN) {
            rows.add(move("R-4.4.1b", s, UPDATE_CUSTOMER, valid, s));
        }
        rows.add(move("R-4.4.2a", EXECUTING, COMPLETE, valid, AWAITING_FOLLOW_UP));
        for (Route route : EnumSet.complementOf(EnumSet.of(VALID_COMPLAINT))) {
            rows.add(move("R-4.4.2a", EXECUTING, COMPLETE, facts(route), CLOSED));
        }
        rows.add(move("R-4.4.2d", AWAITING_FOLLOW_UP, RECORD_FOLLOW_UP,
                facts(VALID_COMPLAINT, true, false, false, true, false), CLOSED));
        rows.add(move("R-4.4.2d", AWAITING_FOLLOW_UP, RECORD_FOLLOW_UP,
                facts(VALID_COMPLAINT, true, false, false, false, false), INVESTIGATING));
        rows.add(move("R-4.4.2d5", AWAITING_FOLLOW_UP, DRAFT_ONLINE_REPLY,
                facts(VALID_COMPLAINT, true, false, true, false, false), REPLY_AWAITING_APPROVAL));
        rows.add(move("R-4.4.2d5", REPLY_AWAITING_APPROVAL, APPROVE_ONLINE_REPLY, valid, CLOSED));
        rows.add(move("R-4.4.2d5", REPLY_AWAITING_APPROVAL, REJECT_ONLINE_REPLY, valid, AWAITING_FOLLOW_UP));
        for (Route route : EnumSet.complementOf(EnumSet.of(VALID_COMPLAINT))) {
            rows.add(move("R-4.8.1", CLOSED, ARCHIVE, facts(route), FILED));
        }
        rows.add(move("R-4.4.2a", CLOSED, ARCHIVE, facts(VALID_COMPLAINT, true, false, false, true, true), FILED));
        return rows;
    }

    /** The rejections the table names for a guard that says no. */
    static List<Row> guardRejections() {
        List<Row> rows = new ArrayList<>();
        rows.add(reject("R-4.2.4b", AWAITING_CLASSIFICATION, CLASSIFY, facts(UNCLASSIFIED),
                "a classification must state the type"));
        for (LifecycleState s : EnumSet.of(AWAITING_ASSIGNMENT, INVESTIGATING)) {
            for (Route route : Route.values()) {
                if (route != INQUIRY) rows.add(rejectRule("R-4.2.2a", s, ANSWER_INQUIRY, facts(route)));
                if (route != SUGGESTION) rows.add(rejectRule("R-4.2.2a", s, REPLY_TO_SUGGESTION, facts(route)));
                if (route != PRAISE) rows.add(rejectRule("R-4.2.2a", s, PASS_ON_PRAISE, facts(route)));
            }
        }
        rows.add(reject("R-4.3.1e", INVESTIGATING, PROPOSE_SOLUTION, facts(VALID_COMPLAINT),
                "investigation and on-site verification must be recorded before a solution is proposed"));
        for (LifecycleState s : HANDLING) {
            rows.add(reject("R-4.3.1f", s, ESCALATE, facts(VALID_COMPLAINT, true, true, false, false, false),
                    "already at the general manager"));
            rows.add(reject("R-4.3.1f", s, REFER_TO_GENERAL_MANAGER, facts(VALID_COMPLAINT, true, true, false, false, false),
                    "already at the general manager"));
        }
        for (boolean satisfied : new boolean[] {true, false}) {
            rows.add(reject("R-4.4.2d5", AWAITING_FOLLOW_UP, RECORD_FOLLOW_UP,
                    facts(VALID_COMPLAINT, true, false, true, satisfied, false),
                    "an online follow-up is a reply approved by the centre director"));
        }
        rows.add(reject("R-4.4.2c", AWAITING_FOLLOW_UP, DRAFT_ONLINE_REPLY, facts(VALID_COMPLAINT),
                "the follow-up uses the method the customer chose"));
        rows.add(reject("R-4.4.2a", CLOSED, ARCHIVE, facts(VALID_COMPLAINT, true, false, false, true, false),
                "a valid complaint is archived only after its follow-up"));
        return rows;
    }

    /** Every (state, trigger) pair that has no row, with the default rejection of docs/lifecycle-transitions.md. */
    static List<Row> noTransitionRejections() {
        Set<String> allowed = new java.util.HashSet<>();
        for (Row r : moves()) {
            allowed.add(r.from() + "/" + r.trigger());
        }
        List<Row> rows = new ArrayList<>();
        for (LifecycleState s : LifecycleState.values()) {
            for (LifecycleTrigger t : LifecycleTrigger.values()) {
                if (s == FILED || allowed.contains(s + "/" + t)) {
                    continue;
                }
                rows.add(reject(t.ruleId(), s, t, facts(VALID_COMPLAINT),
                        t.name() + " (" + t.label() + ") is not possible in state " + s.name() + " (" + s.label() + ")"));
            }
        }
        return rows;
    }

    /** From FILED every trigger, under assorted facts, is refused by. */
    static List<Row> filedRejections() {
        List<Row> rows = new ArrayList<>();
        List<TransitionFacts> assorted = Arrays.asList(facts(VALID_COMPLAINT),
                facts(VALID_COMPLAINT, true, false, true, true, true), facts(INQUIRY), facts(UNCLASSIFIED));
        for (LifecycleTrigger t : LifecycleTrigger.values()) {
            for (TransitionFacts f : assorted) {
                rows.add(reject("R-4.8.1", FILED, t, f, "an archived case is final; it was FILED"));
            }
        }
        return rows;
    }

    private static Row move(String rule, LifecycleState from, LifecycleTrigger t, TransitionFacts f, LifecycleState to) {
        return new Row(rule, from, t, f, new Decision.Move(to));
    }

    private static Row reject(String rule, LifecycleState from, LifecycleTrigger t, TransitionFacts f, String message) {
        return new Row(rule, from, t, f, expectedRejection(rule, message));
    }

    /**
     * The expected rejection of a row: the rule and the English text the engine must produce, carried as
     * the only argument of {@link #EXPECTED_ENGLISH} (read back by {@link #expectedText}); the engine's
     * own bundle key is not the table's concern.
     */
    static Decision.Reject expectedRejection(String rule, String englishText) {
        return new Decision.Reject(Rejection.of(rule, EXPECTED_ENGLISH, englishText));
    }

    /** The English text a row expects; empty when only the rule is fixed. */
    static String expectedText(Decision expected) {
        return ((Decision.Reject) expected).rejection().args().get(0);
    }

    /** Marks the expected rejections of the table; never a key of the library's bundle. */
    static final String EXPECTED_ENGLISH = "test.expectedEnglish";

    /** A rejection whose rule the table fixes but whose wording it leaves open (message checked non-blank). */
    private static Row rejectRule(String rule, LifecycleState from, LifecycleTrigger t, TransitionFacts f) {
        return new Row(rule, from, t, f, expectedRejection(rule, ""));
    }
}
