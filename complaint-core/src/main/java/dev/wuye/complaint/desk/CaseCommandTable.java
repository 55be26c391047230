package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.authority.AuthorityPolicy;
import dev.wuye.complaint.cases.Act;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.Classification;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.FollowUpFindings;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.Investigation;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Outcome;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of case commands: for each {@link CaseCommand} type, the lifecycle trigger it
 * fires, the named authority policy that guards it, the aggregate behaviour it runs and its
 * canonical parameters (for {@link ComplaintDesk#allowedActions}). Built once; its completeness
 * against the sealed {@code CaseCommand} hierarchy is checked when the class is loaded, so a new
 * case command without a row fails every desk at start-up (and {@code CaseCommandTableTest}).
 */
final class CaseCommandTable {

    /** What the behaviours need from the desk besides the case. */
    interface Context {
        /** The zone dates are taken in. */
        ZoneId zone();

        /** The default archive batch of a case. */
        String defaultBatch(Case complaint);

        /** A category code of the desk's taxonomy, for a canonical {@link Classify}. */
        String anyCategory();
    }

    /** The policy guarding one command (most ignore the command's parameters). */
    @FunctionalInterface
    interface PolicyOf<C> {
        AuthorityPolicy of(Authority authority, C command);
    }

    /** The aggregate behaviour one command runs. */
    @FunctionalInterface
    interface Behaviour<C> {
        Outcome apply(C command, Case complaint, Act act, Context context);
    }

    /** The command's canonical parameters: the candidates {@code allowedActions} tries, in order. */
    @FunctionalInterface
    interface Candidates<C> {
        List<C> of(Actor actor, Case complaint, Context context);
    }

    /**
     * One row.
     *
     * @param type       the command type
     * @param trigger    the lifecycle trigger the command fires
     * @param policy     the authority policy
     * @param behaviour  the aggregate behaviour
     * @param candidates the canonical parameters
     * @param <C>        the command type
     */
    record Row<C extends CaseCommand>(Class<C> type, LifecycleTrigger trigger, PolicyOf<C> policy,
                                      Behaviour<C> behaviour, Candidates<C> candidates) {

        AuthorityPolicy policy(Authority authority, CaseCommand command) {
            return policy.of(authority, type.cast(command));
        }

        Outcome apply(CaseCommand command, Case complaint, Act act, Context context) {
            return behaviour.apply(type.cast(command), complaint, act, context);
        }

        List<? extends CaseCommand> candidates(Actor actor, Case complaint, Context context) {
            return candidates.of(actor, complaint, context);
        }
    }

    private static final Map<Class<? extends CaseCommand>, Row<?>> ROWS = new LinkedHashMap<>();

    private static <C extends CaseCommand> void row(Class<C> type, LifecycleTrigger trigger, PolicyOf<C> policy,
                                                    Behaviour<C> behaviour, Candidates<C> candidates) {
        if (ROWS.put(type, new Row<>(type, trigger, policy, behaviour, candidates)) != null) {
            throw new IllegalStateException("two rows for " + type.getSimpleName());
        }
    }

    private static <C extends CaseCommand> Candidates<C> one(TextCommand<C> make, String text) {
        return (actor, x, ctx) -> List.of(make.of(actor, x.id().value(), text));
    }

    @FunctionalInterface
    private interface TextCommand<C> {
        C of(Actor actor, String caseId, String text);
    }

    static {
        row(HandOver.class, LifecycleTrigger.HAND_OVER, (a, c) -> a.onlyTheDutyOfficerHandsOver(),
                (c, x, act, ctx) -> x.handOver(c.receiverId(), act),
                (actor, x, ctx) -> List.of(new HandOver(actor, x.id().value(), x.receiverId().orElse("RECEIVER"))));
        row(RecordDutyHandling.class, LifecycleTrigger.RECORD_DUTY_HANDLING,
                (a, c) -> a.onlyDutyOfficersRecordDutyHandling(),
                (c, x, act, ctx) -> x.recordDutyHandling(c.action(), c.text(), act),
                (actor, x, ctx) -> List.of(new RecordDutyHandling(actor, x.id().value(), DutyAction.HANDLED, "值班处理")));
        row(ReportToHead.class, LifecycleTrigger.REPORT_TO_HEAD, (a, c) -> a.onlyTheDutyOfficerReportsToTheHead(),
                (c, x, act, ctx) -> x.reportToHead(c.headId(), c.text(), act),
                (actor, x, ctx) -> List.of(new ReportToHead(actor, x.id().value(), "HEAD", "重要投诉")));
        row(Classify.class, LifecycleTrigger.CLASSIFY, (a, c) -> a.onlyTheReceiverClassifies(),
                (c, x, act, ctx) -> x.classify(classification(c), act), CaseCommandTable::classifications);
        row(ConfirmInvalid.class, LifecycleTrigger.CONFIRM_INVALID, (a, c) -> a.onlyTheHeadConfirmsInvalidity(),
                (c, x, act, ctx) -> x.confirmInvalid(act),
                (actor, x, ctx) -> List.of(new ConfirmInvalid(actor, x.id().value())));
        row(ReturnForClassification.class, LifecycleTrigger.RETURN_FOR_CLASSIFICATION,
                (a, c) -> a.onlyTheHeadConfirmsInvalidity(),
                (c, x, act, ctx) -> x.returnForClassification(c.reason(), act),
                one(ReturnForClassification::new, "请重新定性"));
        row(AnswerInquiry.class, LifecycleTrigger.ANSWER_INQUIRY, (a, c) -> a.shortPathsByReceiverHandlerOrHead(),
                (c, x, act, ctx) -> x.answerInquiry(c.answer(), act), one(AnswerInquiry::new, "已答复"));
        row(ReplyToSuggestion.class, LifecycleTrigger.REPLY_TO_SUGGESTION,
                (a, c) -> a.shortPathsByReceiverHandlerOrHead(),
                (c, x, act, ctx) -> x.replyToSuggestion(c.reply(), act), one(ReplyToSuggestion::new, "已回复"));
        row(PassOnPraise.class, LifecycleTrigger.PASS_ON_PRAISE, (a, c) -> a.shortPathsByReceiverHandlerOrHead(),
                (c, x, act, ctx) -> x.passOnPraise(c.note(), act), one(PassOnPraise::new, "已转达"));
        row(Assign.class, LifecycleTrigger.ASSIGN,
                (a, c) -> a.onlyTheHeadOrADelegatedReceiverAssigns(c.handlerIds(), c.delegated()),
                (c, x, act, ctx) -> x.assign(c.handlerIds(), act),
                (actor, x, ctx) -> List.of(new Assign(actor, x.id().value(), List.of(actor.staffId()), false),
                        new Assign(actor, x.id().value(), List.of(actor.staffId()), true)));
        row(RecordInvestigation.class, LifecycleTrigger.RECORD_INVESTIGATION, (a, c) -> a.onlyHandlersInvestigate(),
                (c, x, act, ctx) -> x.recordInvestigation(
                        new Investigation(c.facts(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere()), act),
                (actor, x, ctx) -> List.of(new RecordInvestigation(actor, x.id().value(), "现场查看属实", true,
                        "设备老化", "其他岗位无同类问题")));
        row(ProposeSolution.class, LifecycleTrigger.PROPOSE_SOLUTION, (a, c) -> a.onlyHandlersProposeSolutions(),
                (c, x, act, ctx) -> x.proposeSolution(c.solution(), act), one(ProposeSolution::new, "更换部件"));
        row(ApproveSolution.class, LifecycleTrigger.APPROVE_SOLUTION, (a, c) -> a.onlyTheDecidingHeadApproves(),
                (c, x, act, ctx) -> x.approveSolution(act),
                (actor, x, ctx) -> List.of(new ApproveSolution(actor, x.id().value())));
        row(RejectSolution.class, LifecycleTrigger.REJECT_SOLUTION, (a, c) -> a.onlyTheDecidingHeadRejects(),
                (c, x, act, ctx) -> x.rejectSolution(c.reason(), act), one(RejectSolution::new, "方案不可行"));
        row(Escalate.class, LifecycleTrigger.ESCALATE, (a, c) -> a.escalationGoesUpTheChain(),
                (c, x, act, ctx) -> x.escalate(c.reason(), act), one(Escalate::new, "超出权限"));
        row(AddCoHandling.class, LifecycleTrigger.ADD_CO_HANDLING,
                (a, c) -> a.onlyTheReceiverTransfersForCoHandling(),
                (c, x, act, ctx) -> x.addCoHandling(c.department(), c.note(), act),
                (actor, x, ctx) -> List.of(new AddCoHandling(actor, x.id().value(),
                        "CO-" + (x.coHandlingDepartments().size() + 1) + "-" + x.department(), "请协办")));
        row(OpenCorrectiveAction.class, LifecycleTrigger.OPEN_CORRECTIVE_ACTION,
                (a, c) -> a.onlyTheHeadOpensCorrectiveAction(),
                (c, x, act, ctx) -> x.openCorrectiveAction(c.reason(), act), one(OpenCorrectiveAction::new, "同类重复"));
        row(ReportProgress.class, LifecycleTrigger.REPORT_PROGRESS, (a, c) -> a.handlersReportProgress(),
                (c, x, act, ctx) -> x.reportProgress(c.text(), act), one(ReportProgress::new, "处理中"));
        row(UpdateCustomer.class, LifecycleTrigger.UPDATE_CUSTOMER, (a, c) -> a.onlyTheReceiverUpdatesTheCustomer(),
                (c, x, act, ctx) -> x.updateCustomer(c.text(), act), one(UpdateCustomer::new, "已告知进度"));
        row(Complete.class, LifecycleTrigger.COMPLETE, (a, c) -> a.onlyTheDecidingHeadSignsTheResult(),
                (c, x, act, ctx) -> x.complete(c.result(), act), one(Complete::new, "已修复"));
        row(RecordFollowUp.class, LifecycleTrigger.RECORD_FOLLOW_UP, (a, c) -> a.onlyTheReceiverFollowsUp(),
                (c, x, act, ctx) -> x.recordFollowUp(findings(c), ctx.zone(), act), CaseCommandTable::followUps);
        row(DraftOnlineReply.class, LifecycleTrigger.DRAFT_ONLINE_REPLY,
                (a, c) -> a.onlyTheReceiverOrTheSupervisorDraftsOnlineReplies(),
                (c, x, act, ctx) -> x.draftOnlineReply(c.text(), act), one(DraftOnlineReply::new, "网上回复"));
        row(ApproveOnlineReply.class, LifecycleTrigger.APPROVE_ONLINE_REPLY,
                (a, c) -> a.onlyTheCentreDirectorApprovesOnlineReplies(), (c, x, act, ctx) -> x.approveOnlineReply(act),
                (actor, x, ctx) -> List.of(new ApproveOnlineReply(actor, x.id().value())));
        row(RejectOnlineReply.class, LifecycleTrigger.REJECT_ONLINE_REPLY,
                (a, c) -> a.onlyTheCentreDirectorApprovesOnlineReplies(),
                (c, x, act, ctx) -> x.rejectOnlineReply(c.reason(), act), one(RejectOnlineReply::new, "请修改"));
        row(Archive.class, LifecycleTrigger.ARCHIVE, (a, c) -> a.archivedByTheReceiverOrTheGmd(),
                (c, x, act, ctx) -> x.archive(c.archiveBatchId() != null ? c.archiveBatchId() : ctx.defaultBatch(x), act),
                (actor, x, ctx) -> List.of(new Archive(actor, x.id().value(), null)));
        row(DecideEscalation.class, LifecycleTrigger.DECIDE_ESCALATION,
                (a, c) -> a.onlyTheHeadDecidesEscalationBeyondTheDepartment(),
                (c, x, act, ctx) -> x.decideEscalation(c.reason(), act), one(DecideEscalation::new, "部门处理不了"));
        row(ReferToGeneralManager.class, LifecycleTrigger.REFER_TO_GENERAL_MANAGER,
                (a, c) -> a.majorImpactGoesToTheGeneralManager(),
                (c, x, act, ctx) -> x.referToGeneralManager(c.impact(), act), one(ReferToGeneralManager::new, "重大影响"));
        row(TransferReception.class, LifecycleTrigger.TRANSFER_RECEPTION,
                (a, c) -> a.onlyTheCaseReceiverOrTheHeadTransfersReception(),
                (c, x, act, ctx) -> x.transferReception(c.toReceiverId(), c.reason(), act),
                CaseCommandTable::receptionTransfers);
        checkComplete();
    }

    /**
     * A hand-over of the reception to a relief receiver named after the case's receiver, and from the
     * relief back (so that repeated hand-overs keep the id short).
     */
    private static List<TransferReception> receptionTransfers(Actor actor, Case x, Context ctx) {
        String current = x.receiverId().orElse("");
        String to = current.endsWith(RELIEF) ? current.substring(0, current.length() - RELIEF.length())
                : current + RELIEF;
        return List.of(new TransferReception(actor, x.id().value(), to, "交班"));
    }

    private static final String RELIEF = "-relief";

    private static void checkComplete() {
        Set<LifecycleTrigger> triggers = EnumSet.noneOf(LifecycleTrigger.class);
        for (Class<?> type : CaseCommand.class.getPermittedSubclasses()) {
            Row<?> row = ROWS.get(type);
            if (row == null) {
                throw new IllegalStateException("no row for case command " + type.getSimpleName());
            }
            if (!triggers.add(row.trigger())) {
                throw new IllegalStateException("trigger " + row.trigger() + " has two commands");
            }
        }
    }

    private CaseCommandTable() {
    }

    /**
     * The row of a command.
     *
     * @param command the command
     * @return its row
     */
    static Row<?> row(CaseCommand command) {
        return ROWS.get(command.getClass());
    }

    /** Every row, in the order of the lifecycle's triggers. */
    static Map<Class<? extends CaseCommand>, Row<?>> rows() {
        return Collections.unmodifiableMap(ROWS);
    }

    // ------------------------------------------------------------------ command → aggregate value

    private static Classification classification(Classify c) {
        return new Classification(c.type(), c.ground(), c.category(), c.major());
    }

    /** The follow-up findings of a {@link RecordFollowUp}: the one place the command's fields are mapped. */
    static FollowUpFindings findings(RecordFollowUp c) {
        return new FollowUpFindings(c.method(), c.timely().answer(), c.resultSatisfied() == Satisfaction.SATISFIED,
                c.attitudeSatisfied().answer(), c.remarks());
    }

    /** A recurrence-check follow-up (R-4.4.2d6), built where the command's fields are known. */
    static RecordFollowUp recurrenceFollowUp(Actor receiver, String caseId, boolean satisfied, String remarks) {
        return RecordFollowUp.recurrenceCheck(receiver, caseId, satisfied, remarks);
    }

    private static List<Classify> classifications(Actor actor, Case x, Context ctx) {
        String id = x.id().value();
        String category = ctx.anyCategory();
        ValidityGround valid = ground(Validity.VALID);
        ValidityGround invalid = ground(Validity.INVALID);
        return List.of(new Classify(actor, id, OpinionType.COMPLAINT, valid, category, false),
                new Classify(actor, id, OpinionType.COMPLAINT, invalid, category, false),
                new Classify(actor, id, OpinionType.INQUIRY, null, category, false),
                new Classify(actor, id, OpinionType.SUGGESTION, null, category, false),
                new Classify(actor, id, OpinionType.PRAISE, null, category, false));
    }

    private static ValidityGround ground(Validity validity) {
        return Arrays.stream(ValidityGround.values()).filter(g -> g.validity() == validity).findFirst().orElseThrow();
    }

    private static List<RecordFollowUp> followUps(Actor actor, Case x, Context ctx) {
        FollowUpMethod method = x.followUpChannel().recordMethod();
        String id = x.id().value();
        return List.of(RecordFollowUp.by(actor, id, method).result(Satisfaction.SATISFIED).build(),
                RecordFollowUp.by(actor, id, method).result(Satisfaction.UNSATISFIED).build());
    }
}
