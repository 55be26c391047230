package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Handling (处理), R-4.3.1a–h, R-4.3.2a–c. */
class HandlingScenariosTest extends DeskScenario {

    private HandlingCycle cycle(String id) {
        List<HandlingCycle> cycles = stored(id).cycles();
        return cycles.get(cycles.size() - 1);
    }

    private String major() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD,
                "SECURITY", true));
        return id;
    }

    @Test
    @DisplayName("R-4.3.1a the department head assigns handlers to investigate, analyse and propose")
    void headAssigns() {
        String id = validComplaint(FollowUpMethod.PHONE);
        assertThat(reject(new Assign(HANDLER_ZHAO, id, List.of(HANDLER_ZHAO.staffId()), false)).ruleId())
                .isEqualTo("R-4.3.1a");
        assertThat(reject(new Assign(HEAD_C02, id, List.of(HANDLER_ZHAO.staffId()), false)).ruleId())
                .as("the head of another centre").isEqualTo("R-4.3.1a");

        accept(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId(), HANDLER_QIAN.staffId()), false));

        assertThat(cycle(id).handlerIds()).containsExactly(HANDLER_ZHAO.staffId(), HANDLER_QIAN.staffId());
        assertThat(cycle(id).assignedBy()).isEqualTo(HEAD.staffId());
        assertThat(cycle(id).number()).isEqualTo(1);
        assertThat(state(id)).isEqualTo(LifecycleState.INVESTIGATING);
    }

    @Test
    @DisplayName("R-4.3.1b the head opens corrective and preventive action for a repeated or high-impact opinion")
    void correctiveAction() {
        String id = investigating(FollowUpMethod.PHONE);
        assertThat(reject(new OpenCorrectiveAction(HANDLER_ZHAO, id, "重复投诉")).ruleId()).isEqualTo("R-4.3.1b");

        accept(new OpenCorrectiveAction(HEAD, id, "本月第三次同类投诉"));

        assertThat(stored(id).correctiveAction()).isTrue();
        assertThat(stored(id).notes()).anySatisfy(n -> assertThat(n.kind()).isEqualTo("CORRECTIVE_ACTION"));
        assertThat(reject(new OpenCorrectiveAction(HEAD, id, "again")).ruleId()).isEqualTo("R-4.3.1b");
    }

    @Test
    @DisplayName("R-4.3.1c a major complaint is handled by the head personally: the head must be among the handlers")
    void majorTakenByHeadPersonally() {
        String id = major();

        CommandResult.Rejected withoutHead = reject(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false));
        assertThat(withoutHead.ruleId()).isEqualTo("R-4.3.1c");
        CommandResult.Rejected delegated = reject(new Assign(RECEIVER, id, List.of(RECEIVER.staffId()), true));
        assertThat(delegated.ruleId()).isEqualTo("R-4.3.1c");

        accept(new Assign(HEAD, id, List.of(HEAD.staffId(), HANDLER_ZHAO.staffId()), false));
        assertThat(cycle(id).handlerIds()).contains(HEAD.staffId());
    }

    @Test
    @DisplayName("R-4.3.1c the head may delegate assignment to the receiver; without a delegation on record the receiver may not")
    void delegatedReceiverAssigns() {
        String id = validComplaint(FollowUpMethod.PHONE);
        assertThat(reject(new Assign(RECEIVER, id, List.of(HANDLER_ZHAO.staffId()), false)).ruleId())
                .isEqualTo("R-4.3.1a");

        dev.wuye.complaint.authority.Actor otherReceiver =
                dev.wuye.complaint.authority.Actor.of("r-li", "C01", dev.wuye.complaint.authority.Role.RECEIVER);
        CommandResult.Rejected notOnRecord = reject(new Assign(otherReceiver, id, List.of(HANDLER_ZHAO.staffId()), true));
        assertThat(notOnRecord.ruleId()).isEqualTo("R-4.3.1c");
        assertThat(notOnRecord.message()).contains("no delegation").contains("r-li");

        accept(new Assign(RECEIVER, id, List.of(HANDLER_ZHAO.staffId()), true));
        assertThat(cycle(id).assignedBy()).isEqualTo(RECEIVER.staffId());
    }

    @Test
    @DisplayName("R-4.3.1c the head verifies and signs the handling and result; a handler cannot")
    void headSignsResult() {
        String id = executing(FollowUpMethod.PHONE);
        assertThat(reject(new Complete(HANDLER_ZHAO, id, "已处理")).ruleId()).isEqualTo("R-4.3.1e");

        accept(new Complete(HEAD, id, "已致歉，已培训"));

        assertThat(cycle(id).result()).isEqualTo("已致歉，已培训");
        assertThat(cycle(id).resultSignedBy()).isEqualTo(HEAD.staffId());
        assertThat(cycle(id).completedAt()).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("R-4.3.1d the receiver transfers the form to other departments for co-handling; they may report progress")
    void coHandling() {
        String id = investigating(FollowUpMethod.PHONE);
        assertThat(reject(new AddCoHandling(HANDLER_ZHAO, id, C02, "协查监控")).ruleId()).isEqualTo("R-4.3.1d");
        assertThat(reject(new ReportProgress(HANDLER_C02, id, "监控已调取")).ruleId()).isEqualTo("R-4.4.1a");

        accept(new AddCoHandling(RECEIVER, id, C02, "协查监控"));
        accept(new ReportProgress(HANDLER_C02, id, "监控已调取"));

        assertThat(stored(id).coHandlingDepartments()).containsExactly(C02);
        assertThat(reject(new AddCoHandling(RECEIVER, id, C02, "again")).ruleId()).isEqualTo("R-4.3.1d");
        assertThat(reject(new AddCoHandling(RECEIVER, id, C01, "own")).ruleId()).isEqualTo("R-4.3.1d");
    }

    @Test
    @DisplayName("R-4.3.1e the solution is proposed to the head only after investigation and on-site verification are recorded")
    void proposeAfterInvestigation() {
        String id = investigating(FollowUpMethod.PHONE);
        CommandResult.Rejected early = reject(new ProposeSolution(HANDLER_ZHAO, id, "致歉"));
        assertThat(early.ruleId()).isEqualTo("R-4.3.1e");

        investigate(id);
        assertThat(reject(new ProposeSolution(RECEIVER, id, "致歉")).ruleId()).isEqualTo("R-4.3.1e");
        accept(new ProposeSolution(HANDLER_ZHAO, id, "当面致歉并组织培训"));

        assertThat(cycle(id).solution()).isEqualTo("当面致歉并组织培训");
        assertThat(cycle(id).solutionProposedBy()).isEqualTo(HANDLER_ZHAO.staffId());
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_APPROVAL);
    }

    @Test
    @DisplayName("R-4.3.1e the head may send a solution back to the handlers")
    void headRejectsSolution() {
        String id = awaitingApproval(FollowUpMethod.PHONE);
        assertThat(reject(new RejectSolution(HANDLER_ZHAO, id, "x")).ruleId()).isEqualTo("R-4.3.1e");

        accept(new RejectSolution(HEAD, id, "方案不具体"));

        assertThat(state(id)).isEqualTo(LifecycleState.INVESTIGATING);
        assertThat(cycle(id).solution()).isNull();
    }

    @Test
    @DisplayName("R-4.3.1f escalation: handler -> department head -> (decided by the head, carried by the receiver) GMD -> management representative -> general manager")
    void escalationChain() {
        String id = investigating(FollowUpMethod.PHONE);

        accept(new Escalate(HANDLER_ZHAO, id, "超出处理人权限"));
        assertThat(stored(id).escalationLevel()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(reject(new Escalate(HANDLER_ZHAO, id, "x")).ruleId()).isEqualTo("R-4.3.1f");

        accept(new DecideEscalation(HEAD, id, "赔偿超出部门权限"));
        accept(new Escalate(RECEIVER, id, "超出部门权限，报综合管理部"));
        assertThat(stored(id).escalationLevel()).isEqualTo("GMD");
        assertThat(reject(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false)).ruleId())
                .as("the level above decides").isEqualTo("R-4.3.1a");
        accept(new Assign(GMD_HEAD, id, List.of(GMD_RECEIVER.staffId()), false));

        accept(new Escalate(GMD_HEAD, id, "需管理者代表决定"));
        accept(new Escalate(MANAGEMENT_REP, id, "影响重大"));
        assertThat(stored(id).escalationLevel()).isEqualTo(EscalationLevel.GENERAL_MANAGER.name());
        assertThat(events).filteredOn(CaseEvent.Escalated.class::isInstance).hasSize(4);
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
    }

    @Test
    @DisplayName("R-3.1 the general manager handles what is beyond the management representative; there is no level above")
    void generalManagerIsTheTop() {
        String id = investigating(FollowUpMethod.PHONE);
        accept(new Escalate(HEAD, id, "1"));
        accept(new DecideEscalation(HEAD, id, "部门处理不了"));
        accept(new Escalate(RECEIVER, id, "2"));
        accept(new Escalate(GMD_HEAD, id, "3"));
        accept(new Escalate(MANAGEMENT_REP, id, "4"));

        CommandResult.Rejected top = reject(new Escalate(GENERAL_MGR, id, "5"));
        assertThat(top.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(top.message()).contains("general manager");

        accept(new Assign(GENERAL_MGR, id, List.of(GENERAL_MGR.staffId()), false));
        accept(new RecordInvestigation(GENERAL_MGR, id, "事实", true, "分析", "无"));
        accept(new ProposeSolution(GENERAL_MGR, id, "总经理亲自协调"));
        assertThat(reject(new ApproveSolution(HEAD, id)).ruleId()).isEqualTo("R-4.3.2c");
        accept(new ApproveSolution(GENERAL_MGR, id));
        assertThat(state(id)).isEqualTo(LifecycleState.EXECUTING);
    }

    @Test
    @DisplayName("R-4.3.1g/h duty officers handle within their authority, pass on, report, feed back, and log it all")
    void dutyOfficerHandling() {
        String id = investigating(FollowUpMethod.PHONE);
        clock.set(LocalDateTime.of(2025, 3, 10, 23, 0));
        assertThat(reject(new RecordDutyHandling(HANDLER_ZHAO, id, DutyAction.HANDLED, "x")).ruleId())
                .isEqualTo("R-4.3.1g/h");

        accept(new RecordDutyHandling(DUTY_OFFICER_SUN, id, DutyAction.HANDLED, "临时关闭阀门"));
        accept(new RecordDutyHandling(DUTY_OFFICER_SUN, id, DutyAction.PASSED_ON, "转工程部"));
        accept(new RecordDutyHandling(DUTY_OFFICER_SUN, id, DutyAction.FED_BACK, "已反馈受理人"));

        assertThat(storage.dutyLog().find(C01, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11)))
                .extracting(DutyLogEntry::kind).containsExactly("HANDLED", "PASSED_ON", "FED_BACK");
        assertThat(stored(id).notes()).filteredOn(n -> n.kind().equals("DUTY_HANDLING")).hasSize(3);
        assertThat(state(id)).isEqualTo(LifecycleState.INVESTIGATING);
    }

    @Test
    @DisplayName("R-4.3.2a investigation is on site where possible and states facts; only a handler records it")
    void investigationRecorded() {
        String id = investigating(FollowUpMethod.PHONE);
        assertThat(reject(new RecordInvestigation(HEAD, id, "f", true, "a", "s")).ruleId()).isEqualTo("R-4.3.2a");

        investigate(id);

        assertThat(cycle(id).investigation()).isEqualTo("保洁员态度生硬，业主录音属实");
        assertThat(cycle(id).onSiteVerified()).isTrue();
    }

    @Test
    @DisplayName("R-4.3.2b the analysis records whether the same problem exists at other posts of the same kind")
    void sameProblemElsewhere() {
        String id = investigating(FollowUpMethod.PHONE);
        investigate(id);

        assertThat(cycle(id).analysis()).isEqualTo("培训不足");
        assertThat(cycle(id).sameProblemElsewhere()).isEqualTo("其他楼栋保洁岗同样存在");
    }

    @Test
    @DisplayName("R-4.3.2c the handler executes only after the head's approval; a handler cannot approve")
    void executeOnlyAfterApproval() {
        String id = awaitingApproval(FollowUpMethod.PHONE);
        assertThat(reject(new ApproveSolution(HANDLER_ZHAO, id)).ruleId()).isEqualTo("R-4.3.2c");
        assertThat(reject(new Complete(HEAD, id, "done")).ruleId()).as("not executing yet").isEqualTo("R-4.3.1e");

        accept(new ApproveSolution(HEAD, id));

        assertThat(cycle(id).approvedBy()).isEqualTo(HEAD.staffId());
        assertThat(state(id)).isEqualTo(LifecycleState.EXECUTING);
    }
}
