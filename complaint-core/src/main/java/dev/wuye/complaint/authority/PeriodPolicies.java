package dev.wuye.complaint.authority;

import dev.wuye.complaint.Rejection;

import java.util.Objects;

/**
 * Who may take the procedure's periodic actions — the counterpart of {@link Authority} for records
 * that belong to a department and a period (a monthly table, a review, a visit, an archive run)
 * rather than to a case. Each policy is a small named object that names its rule when it says no.
 */
public final class PeriodPolicies {

    /**
     * One rule about who may act on a department's periodic record.
     *
     * @param <S> what the rule looks at besides the actor (usually the department)
     */
    @FunctionalInterface
    public interface PeriodPolicy<S> {

        /**
         * Decides whether the actor may act.
         *
         * @param actor   who wants to act
         * @param subject the record's department, or what else the rule reads
         * @return allowed, or denied naming the rule
         */
        Verdict decide(Actor actor, S subject);
    }

    /**
     * Who a visit names: the visitor and their department.
     *
     * @param visitId    the visit
     * @param staffId    who visited; nullable (then nobody may log it)
     * @param department the visitor's department; nullable
     */
    public record VisitSubject(String visitId, String staffId, String department) {
    }

    private final String gmdDepartment;

    /**
     * Period policies for a company.
     *
     * @param gmdDepartment the GMD's department id
     */
    public PeriodPolicies(String gmdDepartment) {
        this.gmdDepartment = Objects.requireNonNull(gmdDepartment, "gmdDepartment");
    }

    /** the department head signs and submits the department's monthly table. */
    public PeriodPolicy<String> onlyTheHeadSignsTheMonthlyTable() {
        return (actor, department) -> actor.has(Role.DEPARTMENT_HEAD) && actor.department().equals(department)
                ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.6.3", "period.onlyHeadSignsMonthlyTable", department,
                actor.staffId(), actor.rolesCode(), actor.department()));
    }

    /** the quality supervisor consolidates and submits the company roll-up of a month. */
    public PeriodPolicy<String> onlyTheQualitySupervisorSubmitsTheCompanyRollUp() {
        return qualitySupervisor("period.onlyQualitySupervisorCompanyMonthly");
    }

    /** the quality supervisor consolidates and submits the quarterly summary. */
    public PeriodPolicy<String> onlyTheQualitySupervisorSubmitsTheQuarterlySummary() {
        return qualitySupervisor("period.onlyQualitySupervisorQuarterly");
    }

    private static PeriodPolicy<String> qualitySupervisor(String key) {
        return (actor, department) -> actor.has(Role.QUALITY_SUPERVISOR) ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.6.4", key, actor.staffId(), actor.rolesCode(), actor.department()));
    }

    /** a visit is logged by the staff member who made it, in their own department. */
    public PeriodPolicy<VisitSubject> visitsAreLoggedByTheVisitor() {
        return (actor, visit) -> actor.staffId().equals(visit.staffId()) && actor.department().equals(visit.department())
                ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.5.1", "period.visitLoggedByVisitor", visit.visitId(),
                visit.staffId(), visit.department(), actor.staffId(), actor.department()));
    }

    /** the customer-service supervisor of the department checks its visits monthly. */
    public PeriodPolicy<String> onlyTheSupervisorChecksVisits() {
        return (actor, department) -> actor.has(Role.CUSTOMER_SERVICE_SUPERVISOR)
                && actor.department().equals(department)
                ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.5.3", "period.onlySupervisorChecksVisits", department,
                actor.staffId(), actor.rolesCode(), actor.department()));
    }

    /** R-4.2.1c: the receiver of the department collects its online opinions daily. */
    public PeriodPolicy<String> onlyTheReceiverCollectsOnlineOpinions() {
        return (actor, department) -> actor.has(Role.RECEIVER) && actor.department().equals(department)
                ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.2.1c", "period.onlyReceiverCollectsOnline", department,
                actor.staffId(), actor.rolesCode(), actor.department()));
    }

    /** R-4.4.2d7: the department head reviews the department's handling forms weekly. */
    public PeriodPolicy<String> onlyTheHeadReviewsTheWeeklyForms() {
        return (actor, department) -> actor.has(Role.DEPARTMENT_HEAD) && actor.department().equals(department)
                ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.4.2d7", "period.onlyHeadReviewsWeeklyForms", department,
                actor.staffId(), actor.rolesCode(), actor.department()));
    }

    /**
     * R-4.4.2d6: anyone of the department may start the recurrence check; each follow-up it records
     * is a {@code RecordFollowUp} checked case by case ({@link Authority#onlyTheReceiverFollowsUp()}).
     */
    public PeriodPolicy<String> recurrenceChecksAreAuthorisedCaseByCase() {
        return (actor, department) -> Verdict.ALLOWED;
    }

    /**
     * the receiver archives the department's records, GMD staff (or the GMD's
     * receiver) the company-level ones.
     */
    public PeriodPolicy<String> archivedByTheReceiverOrTheGmd() {
        return (actor, department) -> isGmdArchivist(actor) || actor.has(Role.RECEIVER) ? Verdict.ALLOWED
                : Verdict.denied(Rejection.of("R-4.8.1", "period.archivedByReceiverOrGmd", actor.staffId(),
                actor.rolesCode(), actor.department()));
    }

    private boolean isGmdArchivist(Actor actor) {
        return actor.department().equals(gmdDepartment) && (actor.has(Role.GMD_STAFF) || actor.has(Role.RECEIVER));
    }
}
