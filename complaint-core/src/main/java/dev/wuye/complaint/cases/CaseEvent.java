package dev.wuye.complaint.cases;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a case: one event per accepted command. Hosts receive them after the change is
 * stored (notifications, dashboards). Events carry no personal data.
 */
public sealed interface CaseEvent {

    /** The case. */
    CaseId caseId();

    /** When it happened. */
    Instant at();

    /** The staff id of who did it. */
    String by();

    /**
     * 受理 — an opinion was received (R-4.2.1a, R-4.2.3a/b).
     *
     * @param dutyRegistration registered off hours by the duty officer (R-4.2.1b)
     * @param handoverDue      when the handover to the receiver is due; {@code null} in office hours
     * @param channel          how it came in
     * @param department       the handling department
     */
    record OpinionReceived(CaseId caseId, Instant at, String by, boolean dutyRegistration,
                           Instant handoverDue, Channel channel, String department) implements CaseEvent {
    }

    /** 交接 — the duty officer handed the registration to the receiver (R-4.2.4a). */
    record HandedOver(CaseId caseId, Instant at, String by, String receiverId) implements CaseEvent {
    }

    /** 定性 — the receiver decided the nature (R-4.2.4b); a valid complaint got its record number. */
    record Classified(CaseId caseId, Instant at, String by, OpinionType type, Validity validity,
                      ValidityGround ground, String category, boolean major, String recordNumber)
            implements CaseEvent {
    }

    /** 确认无效 — the head confirmed and signed an invalid complaint (R-4.2.4b). */
    record InvalidConfirmed(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 退回重新定性 — the head did not confirm invalidity (R-4.2.4b). */
    record ReturnedForClassification(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 答复咨询 / 回复建议 / 转达表扬 — a short path closed the case (R-4.2.2a). */
    record ShortPathClosed(CaseId caseId, Instant at, String by, Closure closure) implements CaseEvent {
    }

    /** 分派 — handlers were assigned (R-4.3.1a/c). */
    record HandlersAssigned(CaseId caseId, Instant at, String by, int cycle, List<String> handlerIds)
            implements CaseEvent {
        public HandlersAssigned {
            handlerIds = List.copyOf(handlerIds);
        }
    }

    /** 调查记录 — investigation and analysis were recorded (R-4.3.2a/b). */
    record InvestigationRecorded(CaseId caseId, Instant at, String by, int cycle, boolean onSiteVerified)
            implements CaseEvent {
    }

    /** 提出方案 — a handler proposed a solution to the head (R-4.3.1e). */
    record SolutionProposed(CaseId caseId, Instant at, String by, int cycle) implements CaseEvent {
    }

    /** 批准方案 — the head approved the solution; execution may start (R-4.3.2c). */
    record SolutionApproved(CaseId caseId, Instant at, String by, int cycle) implements CaseEvent {
    }

    /** 驳回方案 — the head sent the solution back (R-4.3.1e). */
    record SolutionRejected(CaseId caseId, Instant at, String by, int cycle) implements CaseEvent {
    }

    /** 升级 — the case went up the escalation chain (R-4.3.1f). */
    record Escalated(CaseId caseId, Instant at, String by, EscalationLevel from, EscalationLevel to)
            implements CaseEvent {
    }

    /** 转协办 — the form was transferred to a co-handling department (R-4.3.1d). */
    record CoHandlingAdded(CaseId caseId, Instant at, String by, String department) implements CaseEvent {
    }

    /** 纠正预防 — corrective and preventive action was opened (R-4.3.1b). */
    record CorrectiveActionOpened(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 报告负责人 — a duty officer reported an important complaint to the responsible head (R-4.2.1c). */
    record ReportedToHead(CaseId caseId, Instant at, String by, String headId) implements CaseEvent {
    }

    /** 值班处理 — a duty officer recorded what they did (R-4.3.1g/h, R-4.2.1c). */
    record DutyHandlingRecorded(CaseId caseId, Instant at, String by, DutyAction action)
            implements CaseEvent {
    }

    /** 进度反馈 — a handler reported progress to the receiver (R-4.4.1a). */
    record ProgressReported(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 告知客户 — the receiver updated the customer (R-4.4.1b). */
    record CustomerUpdated(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 办结 — handling was completed and the head signed the result (R-4.3.1c/e). */
    record HandlingCompleted(CaseId caseId, Instant at, String by, int cycle, boolean followUpRequired)
            implements CaseEvent {
    }

    /** 回访 — a follow-up was recorded (R-4.4.2d); unsatisfied starts re-handling. */
    record FollowUpRecorded(CaseId caseId, Instant at, String by, int cycle, FollowUpMethod method,
                            boolean satisfied) implements CaseEvent {
    }

    /** 拟网上回复 — an online reply was drafted for the centre director (R-4.4.2d5). */
    record OnlineReplyDrafted(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 批准发布 — the centre director approved the online reply, which was posted (R-4.4.2d5). */
    record OnlineReplyPosted(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 退回回复 — the centre director sent the online reply back (R-4.4.2d5). */
    record OnlineReplyRejected(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /** 归档 — the case was filed. */
    record Archived(CaseId caseId, Instant at, String by, String archiveBatchId) implements CaseEvent {
    }

    /** 决定上报 — the department head decided the case goes beyond the department, to the GMD (R-4.3.1f). */
    record EscalationDecided(CaseId caseId, Instant at, String by) implements CaseEvent {
    }

    /**
     * 报总经理 — an opinion of major impact went to the general manager directly.
     *
     * @param from the level that decided before
     */
    record ReferredToGeneralManager(CaseId caseId, Instant at, String by, EscalationLevel from)
            implements CaseEvent {
    }

    /**
     * 移交受理 — the case's reception went from one receiver to another (R-3.3, R-4.4.2b).
     *
     * @param fromReceiverId the receiver who handed it over
     * @param toReceiverId   the receiver who took it over
     */
    record ReceptionTransferred(CaseId caseId, Instant at, String by, String fromReceiverId, String toReceiverId)
            implements CaseEvent {
    }
}
