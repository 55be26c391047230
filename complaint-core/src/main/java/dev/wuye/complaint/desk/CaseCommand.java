package dev.wuye.complaint.desk;

/** A command about an existing case. */
public sealed interface CaseCommand extends Command permits HandOver, Classify, ConfirmInvalid,
        ReturnForClassification, AnswerInquiry, ReplyToSuggestion, PassOnPraise, Assign, RecordInvestigation,
        ProposeSolution, ApproveSolution, RejectSolution, Escalate, AddCoHandling, OpenCorrectiveAction,
        RecordDutyHandling, ReportProgress, UpdateCustomer, Complete, RecordFollowUp, DraftOnlineReply,
        ApproveOnlineReply, RejectOnlineReply, Archive,
        DecideEscalation, ReferToGeneralManager, TransferReception, ReportToHead {

    /** The case the command is about. */
    String caseId();
}
