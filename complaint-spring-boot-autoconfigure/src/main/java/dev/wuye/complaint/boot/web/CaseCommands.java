package dev.wuye.complaint.boot.web;

import dev.wuye.complaint.desk.AddCoHandling;
import dev.wuye.complaint.desk.AnswerInquiry;
import dev.wuye.complaint.desk.ApproveOnlineReply;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.Archive;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.CaseCommand;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.Complete;
import dev.wuye.complaint.desk.ConfirmInvalid;
import dev.wuye.complaint.desk.DraftOnlineReply;
import dev.wuye.complaint.desk.Escalate;
import dev.wuye.complaint.desk.HandOver;
import dev.wuye.complaint.desk.OpenCorrectiveAction;
import dev.wuye.complaint.desk.PassOnPraise;
import dev.wuye.complaint.desk.ProposeSolution;
import dev.wuye.complaint.desk.RecordDutyHandling;
import dev.wuye.complaint.desk.RecordFollowUp;
import dev.wuye.complaint.desk.RecordInvestigation;
import dev.wuye.complaint.desk.RejectOnlineReply;
import dev.wuye.complaint.desk.RejectSolution;
import dev.wuye.complaint.desk.ReplyToSuggestion;
import dev.wuye.complaint.desk.ReportProgress;
import dev.wuye.complaint.desk.ReturnForClassification;
import dev.wuye.complaint.desk.UpdateCustomer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The case commands of the REST API by their path segment, in the order of the procedure. */
public final class CaseCommands {

    /** Path segment → command record. */
    public static final Map<String, Class<? extends CaseCommand>> BY_PATH;

    static {
        Map<String, Class<? extends CaseCommand>> m = new LinkedHashMap<>();
        m.put("hand-over", HandOver.class);
        m.put("classify", Classify.class);
        m.put("confirm-invalid", ConfirmInvalid.class);
        m.put("return-for-classification", ReturnForClassification.class);
        m.put("answer-inquiry", AnswerInquiry.class);
        m.put("reply-to-suggestion", ReplyToSuggestion.class);
        m.put("pass-on-praise", PassOnPraise.class);
        m.put("assign", Assign.class);
        m.put("investigation", RecordInvestigation.class);
        m.put("solution", ProposeSolution.class);
        m.put("approve-solution", ApproveSolution.class);
        m.put("reject-solution", RejectSolution.class);
        m.put("escalate", Escalate.class);
        m.put("co-handling", AddCoHandling.class);
        m.put("corrective-action", OpenCorrectiveAction.class);
        m.put("duty-handling", RecordDutyHandling.class);
        m.put("progress", ReportProgress.class);
        m.put("customer-update", UpdateCustomer.class);
        m.put("complete", Complete.class);
        m.put("follow-up", RecordFollowUp.class);
        m.put("online-reply", DraftOnlineReply.class);
        m.put("approve-online-reply", ApproveOnlineReply.class);
        m.put("reject-online-reply", RejectOnlineReply.class);
        m.put("archive", Archive.class);
        BY_PATH = java.util.Collections.unmodifiableMap(m);
    }

    private CaseCommands() {
    }
}
