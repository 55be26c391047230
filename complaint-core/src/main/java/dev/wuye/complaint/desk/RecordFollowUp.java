package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 回访 — the receiver records the follow-up by the customer's chosen method (R-4.4.2b–d). Written
 * e.g. {@code RecordFollowUp.by(receiver, id, FollowUpMethod.PHONE).timely(SATISFIED)
 * .result(SATISFIED).attitude(SATISFIED).remarks("满意")}.
 *
 * @param actor             who issues it
 * @param caseId            the case
 * @param method            the customer's chosen method, or RECURRENCE_CHECK for a case with no channel
 * @param timely            handled in time? {@link Satisfaction#NOT_ASKED} (also for {@code null}) when not asked
 * @param resultSatisfied   satisfied with the result? (recurrence check: no recurrence); always asked
 * @param attitudeSatisfied satisfied with the attitude? {@link Satisfaction#NOT_ASKED} (also for
 *                          {@code null}) when not asked
 * @param remarks           free text; nullable
 */
public record RecordFollowUp(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotNull(message = "{wuye.method.required}") FollowUpMethod method,
        Satisfaction timely,
        @NotNull(message = "{wuye.resultSatisfied.required}") Satisfaction resultSatisfied,
        Satisfaction attitudeSatisfied,
        @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.remarks.size}") String remarks) implements CaseCommand {

    /** A question not asked is {@link Satisfaction#NOT_ASKED}, never {@code null}. */
    public RecordFollowUp {
        timely = timely == null ? Satisfaction.NOT_ASKED : timely;
        attitudeSatisfied = attitudeSatisfied == null ? Satisfaction.NOT_ASKED : attitudeSatisfied;
    }

    /**
     * The result question is always answered (R-4.4.2d). Checked by validation as the property
     * {@code resultAnswered}.
     *
     * @return whether {@link #resultSatisfied()} is missing or an answer
     */
    @AssertTrue(message = "{wuye.resultSatisfied.notAsked}")
    public boolean isResultAnswered() {
        return resultSatisfied == null || resultSatisfied.isAnswered();
    }

    /**
     * R-4.4.2d6: the recurrence check of a case with no follow-up channel, recorded by the desk.
     *
     * @param actor        the receiver
     * @param caseId       the case
     * @param noRecurrence no opinion of the same kind recurred within the month (counted satisfied)
     * @param remarks      what was found
     * @return the command: method RECURRENCE_CHECK, timeliness and attitude not asked
     */
    public static RecordFollowUp recurrenceCheck(Actor actor, String caseId, boolean noRecurrence, String remarks) {
        return new RecordFollowUp(actor, caseId, FollowUpMethod.RECURRENCE_CHECK, Satisfaction.NOT_ASKED,
                Satisfaction.of(noRecurrence), Satisfaction.NOT_ASKED, remarks);
    }

    /**
     * Starts a follow-up by a method; questions not set are not asked.
     *
     * @param actor  the receiver
     * @param caseId the case
     * @param method the method
     * @return a builder
     */
    public static Answers by(Actor actor, String caseId, FollowUpMethod method) {
        return new Answers(actor, caseId, method);
    }

    /** The customer's answers to a follow-up, set one by one; not thread-safe. */
    public static final class Answers {
        private final Actor actor;
        private final String caseId;
        private final FollowUpMethod method;
        private Satisfaction timely = Satisfaction.NOT_ASKED;
        private Satisfaction result;
        private Satisfaction attitude = Satisfaction.NOT_ASKED;

        private Answers(Actor actor, String caseId, FollowUpMethod method) {
            this.actor = actor;
            this.caseId = caseId;
            this.method = method;
        }

        /**
         * @param answer handled in time?
         * @return this builder
         */
        public Answers timely(Satisfaction answer) {
            this.timely = answer;
            return this;
        }

        /**
         * @param answer satisfied with the result?
         * @return this builder
         */
        public Answers result(Satisfaction answer) {
            this.result = answer;
            return this;
        }

        /**
         * @param answer satisfied with the attitude?
         * @return this builder
         */
        public Answers attitude(Satisfaction answer) {
            this.attitude = answer;
            return this;
        }

        /**
         * The command with remarks.
         *
         * @param remarks free text; nullable
         * @return the command
         */
        public RecordFollowUp remarks(String remarks) {
            return new RecordFollowUp(actor, caseId, method, timely, result, attitude, remarks);
        }

        /**
         * The command without remarks.
         *
         * @return the command
         */
        public RecordFollowUp build() {
            return remarks(null);
        }
    }
}
