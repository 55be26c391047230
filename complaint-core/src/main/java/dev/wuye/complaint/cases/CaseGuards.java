package dev.wuye.complaint.cases;

import dev.wuye.complaint.Rejection;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the procedure the state chart does not know, checked by {@link Case} before an act:
 * each returns the {@link Rejection} (a bundle key under {@code case.}) when the act breaks its rule.
 * Pure and thread-safe.
 */
final class CaseGuards {

    private CaseGuards() {
    }

    /** R-4.2.1a, R-4.4.2c: an office-hours opinion needs its receiver; the follow-up channel must be one. */
    static Optional<Rejection> intake(Intake intake) {
        if (!intake.dutyRegistration() && intake.receiverId() == null) {
            return refuse("R-4.2.1a", "case.receiverMissing");
        }
        if (!intake.followUpChannel().isChannel()) {
            return refuse("R-4.4.2c", "case.followUpChannelInvalid", intake.followUpChannel());
        }
        return Optional.empty();
    }

    /** R-4.2.2a, R-4.3.1c: a complaint has a ground; only a complaint has one or can be major. */
    static Optional<Rejection> classification(Classification c) {
        boolean complaint = c.type() == OpinionType.COMPLAINT;
        if (complaint && c.ground() == null) {
            return refuse("R-4.2.2a", "case.validityGroundMissing");
        }
        if (!complaint && c.ground() != null) {
            return refuse("R-4.2.2a", "case.groundOnlyForComplaint", c.type(), c.type().label());
        }
        if (!complaint && c.major()) {
            return refuse("R-4.3.1c", "case.majorOnlyForComplaint", c.type(), c.type().label());
        }
        return Optional.empty();
    }

    /** R-4.3.1a: at least one handler. */
    static Optional<Rejection> handlers(List<String> handlerIds) {
        return handlerIds.isEmpty() ? refuse("R-4.3.1a", "case.handlerMissing") : Optional.empty();
    }

    /** R-4.3.1d: co-handling is for a department that does not handle the case yet. */
    static Optional<Rejection> coHandling(String department, String handling, List<String> coHandling) {
        return department.equals(handling) || coHandling.contains(department)
                ? refuse("R-4.3.1d", "case.alreadyCoHandling", department) : Optional.empty();
    }

    /** R-4.3.1b: corrective and preventive action is opened once. */
    static Optional<Rejection> correctiveAction(boolean alreadyOpen) {
        return alreadyOpen ? refuse("R-4.3.1b", "case.correctiveActionAlreadyOpen") : Optional.empty();
    }

    /**
     * R-4.3.1f: the head decides to send the case beyond the department while it is at the head's
     * level (a handler's case goes to the head first), and once.
     */
    static Optional<Rejection> escalationDecision(EscalationLevel level, boolean alreadyDecided) {
        if (level != EscalationLevel.DEPARTMENT_HEAD) {
            return refuse("R-4.3.1f", "case.escalationDecisionAtHeadLevelOnly", level, level.label());
        }
        return alreadyDecided ? refuse("R-4.3.1f", "case.escalationAlreadyDecided") : Optional.empty();
    }

    /** the reception goes to another receiver than the one who has it. */
    static Optional<Rejection> receptionTransfer(String from, String to) {
        return to.equals(from) ? refuse("R-3.3", "case.receptionAlreadyWithReceiver", to) : Optional.empty();
    }

    /**
     * R-4.4.2c, R-4.4.2d6: a follow-up uses the customer's chosen method; with no channel, "no
     * recurrence" only once a month after completion has passed.
     *
     * @param findings    what the follow-up found
     * @param channel     the customer's chosen channel
     * @param completedAt when the current cycle was completed; nullable
     * @param zone        the zone the month is counted in
     * @param at          when the follow-up is recorded
     * @return the refusal, if any
     */
    static Optional<Rejection> followUp(FollowUpFindings findings, FollowUpMethod channel, Instant completedAt,
                                        ZoneId zone, Instant at) {
        FollowUpMethod required = channel.recordMethod();
        if (findings.method() != required) {
            return refuse("R-4.4.2c", "case.followUpMethodNotChosen", required, required.label(), findings.method());
        }
        if (required == FollowUpMethod.RECURRENCE_CHECK && findings.satisfied() && completedAt != null
                && at.isBefore(completedAt.atZone(zone).plusMonths(1).toInstant())) {
            return refuse("R-4.4.2d6", "case.noRecurrenceTooEarly", completedAt);
        }
        return Optional.empty();
    }

    private static Optional<Rejection> refuse(String ruleId, String key, Object... args) {
        return Optional.of(Rejection.of(ruleId, key, args));
    }
}
