// Over 400 lines on purpose: one named policy per act of the procedure, kept in one place so that every
// permission of the procedure can be read (and reviewed against its clause) in one file.
package dev.wuye.complaint.authority;

import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.EscalationLevel;

import java.util.List;
import java.util.Objects;

/**
 * The procedure's authority rules as named {@link AuthorityPolicy} objects (R-3, R-4.2–4.8). Each
 * denial names the rule that reserves the act.
 *
 * <p>Department check: an actor acts on the cases of their own department; staff holding a
 * company-wide role (GMD staff, management representative, general manager) act on every case;
 * staff of a co-handling department may report progress (R-4.3.1d, R-4.4.1a).
 *
 * <p>Who decides (approves, rejects, signs, re-assigns) depends on the case's
 * {@link EscalationLevel} (R-4.3.1f: the level above decides): up to the department head it is the
 * head of the handling department; at the GMD, the head of the GMD; then the management
 * representative; then the general manager.
 *
 * <p>自受理 (R-3.3, R-4.4.1, R-4.4.2b): the receiver who tracks, follows up and archives a case is the
 * case's own receiver — the one who accepted it, or the one its reception was handed over to
 * ({@link #onlyTheCaseReceiverOrTheHeadTransfersReception()}); another receiver of the department is
 * refused.
 *
 * <p>Longer than 400 lines for a reason: one named policy per act of the procedure, kept in one
 * class so that who may do what reads in one place.
 */
public final class Authority {

    /** The GMD's department id used when none is configured. Project's choice: the procedure gives no department ids. */
    public static final String DEFAULT_GMD_DEPARTMENT = "GMD";

    private final String gmdDepartment;
    private final java.util.Map<String, java.util.Set<String>> assignmentDelegations;

    /**
     * An organisation in which no head has delegated assignment to a receiver.
     *
     * @param gmdDepartment the department id of the general management department (综合管理部)
     */
    public Authority(String gmdDepartment) {
        this(gmdDepartment, java.util.Map.of());
    }

    /**
     * @param gmdDepartment         the department id of the general management department (综合管理部)
     * @param assignmentDelegations per department, the staff ids of the receivers to whom its head has
     *                              delegated the right to assign handlers directly (R-4.3.1c)
     */
    public Authority(String gmdDepartment, java.util.Map<String, java.util.Set<String>> assignmentDelegations) {
        this.gmdDepartment = Objects.requireNonNull(gmdDepartment, "gmdDepartment");
        java.util.Map<String, java.util.Set<String>> copy = new java.util.HashMap<>();
        Objects.requireNonNull(assignmentDelegations, "assignmentDelegations")
                .forEach((dept, staff) -> copy.put(dept, java.util.Set.copyOf(staff)));
        this.assignmentDelegations = java.util.Map.copyOf(copy);
    }

    /** Whether the head of {@code department} has delegated assignment to the receiver {@code staffId} (R-4.3.1c). */
    public boolean assignmentDelegatedTo(String department, String staffId) {
        return assignmentDelegations.getOrDefault(department, java.util.Set.of()).contains(staffId);
    }

    /** The policies of an organisation whose GMD has the id {@value #DEFAULT_GMD_DEPARTMENT}. */
    public static Authority withDefaultGmd() {
        return new Authority(DEFAULT_GMD_DEPARTMENT);
    }

    /** The GMD's department id. */
    public String gmdDepartment() {
        return gmdDepartment;
    }

    // ------------------------------------------------------------------ building blocks

    private static boolean sameDepartment(Actor actor, Case complaint) {
        return actor.department().equals(complaint.department()) || actor.isCompanyWide();
    }

    private static boolean holdsIn(Actor actor, Role role, Case complaint) {
        return actor.has(role) && sameDepartment(actor, complaint);
    }

    private static boolean isHandler(Actor actor, Case complaint) {
        return complaint.currentHandlers().contains(actor.staffId());
    }

    private boolean isGmd(Actor actor) {
        return actor.has(Role.GMD_STAFF) || actor.department().equals(gmdDepartment);
    }

    private boolean isCompanyLevel(Case complaint) {
        return complaint.isCompanyLevel();
    }

    /** Whether the actor decides for the case's current escalation level (R-4.3.1f). */
    private boolean decides(Actor actor, Case complaint) {
        return switch (complaint.escalationLevel()) {
            case HANDLER, DEPARTMENT_HEAD -> actor.has(Role.DEPARTMENT_HEAD)
                    && actor.department().equals(complaint.department());
            case GMD -> actor.has(Role.DEPARTMENT_HEAD) && actor.department().equals(gmdDepartment);
            case MANAGEMENT_REPRESENTATIVE -> actor.has(Role.MANAGEMENT_REPRESENTATIVE);
            case GENERAL_MANAGER -> actor.has(Role.GENERAL_MANAGER);
        };
    }

    /** A denial naming the case's decider (R-4.3.1f): see {@link Denials#decider}. */
    private Verdict denyDecider(String ruleId, String baseKey, Case complaint, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = complaint.department();
        all[1] = gmdDepartment;
        System.arraycopy(args, 0, all, 2, args.length);
        return Denials.deny(ruleId, Denials.decider(baseKey, complaint), all);
    }

    /** As {@link #denyDecider}, the message ending by saying who the actor is. */
    private Verdict denyDeciderActor(String ruleId, String baseKey, Case complaint, Actor actor) {
        return Denials.denyActor(ruleId, Denials.decider(baseKey, complaint), actor,
                complaint.department(), gmdDepartment);
    }

    private static AuthorityPolicy requireRoleIn(Role role, String ruleId, String key) {
        return (actor, complaint) -> holdsIn(actor, role, complaint) ? Verdict.ALLOWED
                : Denials.denyActor(ruleId, key, actor, complaint.department());
    }

    // ------------------------------------------------------------------ intake

    /**
     * an opinion made directly to the company (or referred by the parent company or a
     * government body and accepted at company level) is handled by the GMD; one accepted by a
     * service centre is not.
     *
     * @param level      the accepting level
     * @param department the handling department
     * @return the verdict
     */
    public Verdict companyLevelOpinionsGoToTheGmd(AcceptingLevel level, String department) {
        boolean gmd = gmdDepartment.equals(department);
        if (level == AcceptingLevel.COMPANY && !gmd) {
            return Denials.deny("R-3.2", "authority.companyOpinionsGoToTheGmd", gmdDepartment, department);
        }
        if (level == AcceptingLevel.SERVICE_CENTRE && gmd) {
            return Denials.deny("R-3.2", "authority.gmdIsNoServiceCentre", gmdDepartment);
        }
        return Verdict.ALLOWED;
    }

    // ------------------------------------------------------------------ policies per act

    /** R-4.2.4a: only a duty officer of the department hands an off-hours registration over. */
    public AuthorityPolicy onlyTheDutyOfficerHandsOver() {
        return requireRoleIn(Role.DUTY_OFFICER, "R-4.2.4a", "authority.onlyDutyOfficerHandsOver");
    }

    /** R-4.3.1g/h: only a duty officer of the department records duty handling. */
    public AuthorityPolicy onlyDutyOfficersRecordDutyHandling() {
        return requireRoleIn(Role.DUTY_OFFICER, "R-4.3.1g/h", "authority.onlyDutyOfficerRecordsDutyHandling");
    }

    /** R-4.2.1c: only a duty officer of the department records their report of an important complaint to the head. */
    public AuthorityPolicy onlyTheDutyOfficerReportsToTheHead() {
        return requireRoleIn(Role.DUTY_OFFICER, "R-4.2.1c", "authority.onlyDutyOfficerReportsToHead");
    }

    /** R-4.2.4b: only the receiver of the department decides the nature of an opinion. */
    public AuthorityPolicy onlyTheReceiverClassifies() {
        return requireRoleIn(Role.RECEIVER, "R-4.2.4b", "authority.onlyReceiverClassifies");
    }

    /** R-4.2.4b: only the head of the department confirms (or refuses to confirm) an invalid complaint. */
    public AuthorityPolicy onlyTheHeadConfirmsInvalidity() {
        return (actor, complaint) -> actor.has(Role.DEPARTMENT_HEAD) && actor.department().equals(complaint.department())
                ? Verdict.ALLOWED
                : Denials.denyActor("R-4.2.4b", "authority.onlyHeadConfirmsInvalidity", actor,
                complaint.department());
    }

    /**
     * an inquiry is answered, a suggestion replied to, praise passed on by the receiver, a
     * handler of the case or the head of the department.
     */
    public AuthorityPolicy shortPathsByReceiverHandlerOrHead() {
        return (actor, complaint) -> holdsIn(actor, Role.RECEIVER, complaint) || isHandler(actor, complaint)
                || holdsIn(actor, Role.DEPARTMENT_HEAD, complaint)
                ? Verdict.ALLOWED
                : Denials.deny("R-3.3", "authority.onlyReceiverHandlerOrHeadClosesShortPaths",
                complaint.department(), actor.staffId());
    }

    /**
     * R-4.3.1a/c: the deciding head assigns handlers; the receiver only under the head's delegation
     * — which must be on record ({@link #assignmentDelegatedTo}), the command's flag alone is not
     * enough — and never for a major complaint; a major complaint is taken by the head personally, so the head
     * must be among the handlers.
     *
     * @param handlerIds the handlers to assign
     * @param delegated  the receiver acts under the head's delegation
     * @return the policy
     */
    public AuthorityPolicy onlyTheHeadOrADelegatedReceiverAssigns(List<String> handlerIds, boolean delegated) {
        return (actor, complaint) -> {
            boolean head = decides(actor, complaint);
            boolean delegatedReceiver = delegated && complaint.escalationLevel() == EscalationLevel.HANDLER
                    && holdsIn(actor, Role.RECEIVER, complaint) && actor.department().equals(complaint.department());
            if (complaint.isMajor()) {
                if (!head) {
                    return denyDecider("R-4.3.1c", "authority.majorComplaintAssignedPersonally", complaint,
                            actor.staffId());
                }
                if (!handlerIds.contains(actor.staffId())) {
                    return Denials.deny("R-4.3.1c", "authority.majorComplaintHandledPersonally", actor.staffId(),
                            handlerIds);
                }
                return Verdict.ALLOWED;
            }
            if (delegatedReceiver && !assignmentDelegatedTo(complaint.department(), actor.staffId())) {
                return Denials.deny("R-4.3.1c", "authority.noAssignmentDelegationOnRecord", complaint.department(),
                        actor.staffId());
            }
            if (head || delegatedReceiver) {
                return Verdict.ALLOWED;
            }
            if (delegated && actor.has(Role.RECEIVER)) {
                return Denials.deny("R-4.3.1c", "authority.assignmentDelegatedOnlyAtHandlerLevel",
                        complaint.department(), complaint.escalationLevel(), complaint.escalationLevel().label());
            }
            return denyDeciderActor("R-4.3.1a", "authority.onlyDeciderAssigns", complaint, actor);
        };
    }

    /** R-4.3.2a: only an assigned handler records the investigation. */
    public AuthorityPolicy onlyHandlersInvestigate() {
        return (actor, complaint) -> isHandler(actor, complaint) ? Verdict.ALLOWED
                : Denials.deny("R-4.3.2a", "authority.onlyHandlersInvestigate", complaint.currentHandlers(),
                actor.staffId());
    }

    /** R-4.3.1e: a handler proposes the solution (to the head). */
    public AuthorityPolicy onlyHandlersProposeSolutions() {
        return (actor, complaint) -> isHandler(actor, complaint) ? Verdict.ALLOWED
                : Denials.deny("R-4.3.1e", "authority.onlyHandlersProposeSolutions", complaint.currentHandlers(),
                actor.staffId());
    }

    /** R-4.3.2c: only the deciding head approves a solution before it is executed. */
    public AuthorityPolicy onlyTheDecidingHeadApproves() {
        return decidingHead("R-4.3.2c", "authority.onlyDeciderApproves");
    }

    /** R-4.3.1e: only the deciding head sends a solution back. */
    public AuthorityPolicy onlyTheDecidingHeadRejects() {
        return decidingHead("R-4.3.1e", "authority.onlyDeciderSendsBack");
    }

    /** R-4.3.1c/e: only the deciding head verifies and signs the handling result. */
    public AuthorityPolicy onlyTheDecidingHeadSignsTheResult() {
        return decidingHead("R-4.3.1e", "authority.onlyDeciderSignsTheResult");
    }

    private AuthorityPolicy decidingHead(String ruleId, String baseKey) {
        return (actor, complaint) -> decides(actor, complaint) ? Verdict.ALLOWED
                : denyDeciderActor(ruleId, baseKey, complaint, actor);
    }

    /**
     * R-4.3.1f: escalation goes one level up the chain, asked for by the current level: a handler or
     * the head from handler level; from the department head to the GMD by the case's receiver, once
     * the head has decided so on record ({@link #onlyTheHeadDecidesEscalationBeyondTheDepartment()});
     * the GMD to the management representative; the management representative to the general manager.
     */
    public AuthorityPolicy escalationGoesUpTheChain() {
        return (actor, complaint) -> {
            EscalationLevel level = complaint.escalationLevel();
            boolean allowed = switch (level) {
                case HANDLER -> isHandler(actor, complaint) || decides(actor, complaint);
                case DEPARTMENT_HEAD -> actor.has(Role.RECEIVER) && actor.department().equals(complaint.department())
                        && complaint.isReceiver(actor.staffId()) && complaint.escalationDecided();
                case GMD -> isGmd(actor) && (actor.has(Role.GMD_STAFF) || actor.has(Role.DEPARTMENT_HEAD));
                case MANAGEMENT_REPRESENTATIVE -> actor.has(Role.MANAGEMENT_REPRESENTATIVE);
                case GENERAL_MANAGER -> actor.has(Role.GENERAL_MANAGER);
            };
            if (allowed) {
                return Verdict.ALLOWED;
            }
            if (level == EscalationLevel.DEPARTMENT_HEAD && actor.has(Role.RECEIVER)
                    && actor.department().equals(complaint.department())) {
                if (!complaint.isReceiver(actor.staffId())) {
                    return notTheCaseReceiver("R-4.3.1f", actor, complaint);
                }
                return Denials.deny("R-4.3.1f", "authority.escalationBeyondTheDepartmentNotDecided",
                        complaint.department(), actor.staffId());
            }
            String key = switch (level) {
                case HANDLER -> "authority.onlyHandlerOrHeadEscalates";
                case DEPARTMENT_HEAD -> "authority.onlyReceiverEscalatesBeyondTheDepartment";
                case GMD -> "authority.onlyGmdEscalates";
                case MANAGEMENT_REPRESENTATIVE -> "authority.onlyManagementRepresentativeEscalates";
                case GENERAL_MANAGER -> "authority.onlyGeneralManagerEscalates";
            };
            return Denials.denyActor("R-4.3.1f", key, actor, complaint.department());
        };
    }

    /**
     * R-4.3.1f 「部门处理不了时，经负责人确定交受理人转…报公司综合管理部处理」: only the head of the case's
     * department decides that the case goes beyond the department; the receiver carries it out.
     */
    public AuthorityPolicy onlyTheHeadDecidesEscalationBeyondTheDepartment() {
        return (actor, complaint) -> actor.has(Role.DEPARTMENT_HEAD) && actor.department().equals(complaint.department())
                ? Verdict.ALLOWED
                : Denials.denyActor("R-4.3.1f", "authority.onlyHeadDecidesEscalation", actor, complaint.department());
    }

    /**
     * 「总经理负责处理…有重大影响的客户意见」: an opinion of major impact is referred to the general
     * manager directly by whoever decides the case now (the head of the handling department, the head
     * of the GMD, the management representative: each reports to the level above, R-4.3.1f), or taken
     * by the general manager; once there, only the general manager decides it.
     */
    public AuthorityPolicy majorImpactGoesToTheGeneralManager() {
        return (actor, complaint) -> decides(actor, complaint) || actor.has(Role.GENERAL_MANAGER)
                ? Verdict.ALLOWED
                : denyDeciderActor("R-3.1", "authority.onlyDeciderRefersMajorImpact", complaint, actor);
    }

    /**
     * R-4.4.2b (自受理): the case's reception is handed over to another receiver only by its own
     * receiver (shift change) or by the head of its department (absence).
     */
    public AuthorityPolicy onlyTheCaseReceiverOrTheHeadTransfersReception() {
        return (actor, complaint) -> holdsIn(actor, Role.RECEIVER, complaint) && complaint.isReceiver(actor.staffId())
                || actor.has(Role.DEPARTMENT_HEAD) && actor.department().equals(complaint.department())
                ? Verdict.ALLOWED
                : Denials.denyActor("R-3.3", "authority.onlyCaseReceiverOrHeadTransfersReception", actor,
                complaint.department(), complaint.receiverId().orElse("-"));
    }

    /**
     * A receiver-only act, by the case's own receiver (自受理, R-3.3): a non-receiver is refused with
     * {@code key}, another receiver with {@code authority.notTheCaseReceiver}.
     */
    private static AuthorityPolicy caseReceiver(String ruleId, String key) {
        return (actor, complaint) -> !holdsIn(actor, Role.RECEIVER, complaint)
                ? Denials.denyActor(ruleId, key, actor, complaint.department())
                : complaint.isReceiver(actor.staffId()) ? Verdict.ALLOWED : notTheCaseReceiver(ruleId, actor, complaint);
    }

    private static Verdict notTheCaseReceiver(String ruleId, Actor actor, Case complaint) {
        return Denials.deny(ruleId, "authority.notTheCaseReceiver", complaint.receiverId().orElse("-"),
                actor.staffId());
    }

    /** R-4.3.1d: only the case's receiver transfers the form to another department for co-handling. */
    public AuthorityPolicy onlyTheReceiverTransfersForCoHandling() {
        return caseReceiver("R-4.3.1d", "authority.onlyReceiverTransfersForCoHandling");
    }

    /** R-4.3.1b: the head (or whoever decides the case) opens corrective and preventive action. */
    public AuthorityPolicy onlyTheHeadOpensCorrectiveAction() {
        return (actor, complaint) -> holdsIn(actor, Role.DEPARTMENT_HEAD, complaint) || decides(actor, complaint)
                ? Verdict.ALLOWED
                : denyDecider("R-4.3.1b", "authority.onlyHeadOrDeciderOpensCorrectiveAction", complaint,
                actor.staffId());
    }

    /** R-4.4.1a: handlers (and staff of co-handling departments) report progress to the receiver. */
    public AuthorityPolicy handlersReportProgress() {
        return (actor, complaint) -> isHandler(actor, complaint)
                || complaint.coHandlingDepartments().contains(actor.department())
                ? Verdict.ALLOWED
                : Denials.deny("R-4.4.1a", "authority.onlyHandlersOrCoHandlersReportProgress",
                complaint.currentHandlers(), complaint.coHandlingDepartments(), actor.staffId(), actor.department());
    }

    /** R-4.4.1b: only the case's receiver keeps the customer informed. */
    public AuthorityPolicy onlyTheReceiverUpdatesTheCustomer() {
        return caseReceiver("R-4.4.1b", "authority.onlyReceiverUpdatesTheCustomer");
    }

    /** R-4.4.2b: only the case's receiver does the follow-up (回访 of 自受理的意见, R-3.3). */
    public AuthorityPolicy onlyTheReceiverFollowsUp() {
        return caseReceiver("R-4.4.2b", "authority.onlyReceiverFollowsUp");
    }

    /**
     * R-4.4.2d5: the service centre drafts the online reply — its customer-service supervisor
     * (客服主管, named by the clause) or the case's receiver; the centre director approves it
     * ({@link #onlyTheCentreDirectorApprovesOnlineReplies()}).
     */
    public AuthorityPolicy onlyTheReceiverOrTheSupervisorDraftsOnlineReplies() {
        return (actor, complaint) -> {
            if (holdsIn(actor, Role.CUSTOMER_SERVICE_SUPERVISOR, complaint)) {
                return Verdict.ALLOWED;
            }
            if (holdsIn(actor, Role.RECEIVER, complaint)) {
                return complaint.isReceiver(actor.staffId()) ? Verdict.ALLOWED
                        : notTheCaseReceiver("R-4.4.2d5", actor, complaint);
            }
            return Denials.denyActor("R-4.4.2d5", "authority.onlyReceiverDraftsOnlineReplies", actor,
                    complaint.department());
        };
    }

    /** R-4.4.2d5: only the centre director approves (or sends back) an online reply. */
    public AuthorityPolicy onlyTheCentreDirectorApprovesOnlineReplies() {
        return (actor, complaint) -> actor.has(Role.CENTRE_DIRECTOR) && actor.department().equals(complaint.department())
                ? Verdict.ALLOWED
                : Denials.denyActor("R-4.4.2d5", "authority.onlyCentreDirectorApprovesOnlineReplies", actor,
                complaint.department());
    }

    /**
     * records handled by the GMD, the management representative or the general
     * manager are archived by the GMD; the others by the case's own receiver.
     */
    public AuthorityPolicy archivedByTheReceiverOrTheGmd() {
        return (actor, complaint) -> {
            if (isCompanyLevel(complaint)) {
                return isGmd(actor) && (actor.has(Role.GMD_STAFF) || actor.has(Role.RECEIVER))
                        ? Verdict.ALLOWED
                        : Denials.denyActor("R-4.8.4", "authority.companyLevelRecordsArchivedByTheGmd", actor,
                        complaint.acceptingLevel(), complaint.escalationLevel(), complaint.acceptingLevel().label(),
                        complaint.escalationLevel().label());
            }
            if (!(holdsIn(actor, Role.RECEIVER, complaint) && actor.department().equals(complaint.department()))) {
                return Denials.denyActor("R-3.3", "authority.onlyReceiverArchives", actor, complaint.department());
            }
            return complaint.isReceiver(actor.staffId()) ? Verdict.ALLOWED : notTheCaseReceiver("R-3.3", actor, complaint);
        };
    }
}
