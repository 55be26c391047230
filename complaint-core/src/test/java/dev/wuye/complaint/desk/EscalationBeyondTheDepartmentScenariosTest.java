package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4.3.1f 「超出处理人权限的应将情况及时报部门负责人处理，部门处理不了时，经负责人确定交受理人转《客户意见反映办理表》
 * 报公司综合管理部处理」: the head decides that the case leaves the department, on record and audited; the
 * case's receiver carries it to the GMD; without the head's decision the receiver is refused.
 */
class EscalationBeyondTheDepartmentScenariosTest extends DeskScenario {

    /** A valid complaint of C01 (receiver r-wang) that its handler has passed to the head. */
    private String atTheHead() {
        String id = investigating(FollowUpMethod.PHONE);
        accept(new Escalate(HANDLER_ZHAO, id, "赔偿超出处理人权限"));
        assertThat(stored(id).escalationLevel()).isEqualTo("DEPARTMENT_HEAD");
        return id;
    }

    @Test
    @DisplayName("R-4.3.1f a receiver may not escalate beyond the department without the head's decision")
    void R_4_3_1f_receiver_may_not_escalate_without_head_decision() {
        String id = atTheHead();
        long version = stored(id).version();

        CommandResult.Rejected r = reject(new Escalate(RECEIVER, id, "报综合管理部"));

        assertThat(r.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(r.rejection().messageKey()).isEqualTo("authority.escalationBeyondTheDepartmentNotDecided");
        assertThat(stored(id).escalationLevel()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(stored(id).version()).isEqualTo(version);
        assertThat(desk.allowedActions(RECEIVER, id)).doesNotContain(Escalate.class);
    }

    @Test
    @DisplayName("R-4.3.1f the head decides (audited), then the case's receiver carries it to the GMD")
    void R_4_3_1f_the_head_decides_and_the_receiver_carries_it_to_the_gmd() {
        String id = atTheHead();
        assertThat(desk.allowedActions(HEAD, id)).contains(DecideEscalation.class).doesNotContain(Escalate.class);

        accept(new DecideEscalation(HEAD, id, "赔偿金额超出中心权限"));

        // the decision changes who may escalate, not where the case is: the handler's escalation left it
        // waiting for the head to re-assign (R-4.3.1f), and there it stays
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
        assertThat(stored(id).escalationLevel()).isEqualTo("DEPARTMENT_HEAD");
        List<AuditEntry> trail = desk.auditTrail(id);
        AuditEntry decision = trail.get(trail.size() - 1);
        assertThat(decision.command()).isEqualTo("DecideEscalation");
        assertThat(decision.actorId()).isEqualTo("h-li");
        assertThat(events.get(events.size() - 1)).isInstanceOf(CaseEvent.EscalationDecided.class);
        NoteEntry note = stored(id).notes().get(stored(id).notes().size() - 1);
        assertThat(note.kind()).isEqualTo("ESCALATION_DECIDED");
        assertThat(note.authorId()).isEqualTo("h-li");
        assertThat(note.text()).isEqualTo("赔偿金额超出中心权限");
        assertThat(desk.allowedActions(RECEIVER, id)).contains(Escalate.class);
        assertThat(desk.allowedActions(HEAD, id)).doesNotContain(DecideEscalation.class, Escalate.class);

        accept(new Escalate(RECEIVER, id, "经负责人确定，转办理表报综合管理部"));

        assertThat(stored(id).escalationLevel()).isEqualTo("GMD");
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
        CaseEvent.Escalated up = (CaseEvent.Escalated) events.get(events.size() - 1);
        assertThat(up.by()).isEqualTo("r-wang");
        accept(new Assign(GMD_HEAD, id, List.of(GMD_RECEIVER.staffId()), false));
    }

    @Test
    @DisplayName("R-4.3.1f only the head of the case's department decides; the head does not carry the form")
    void R_4_3_1f_only_the_head_decides_and_the_receiver_carries() {
        String id = atTheHead();

        for (var other : List.of(RECEIVER, HANDLER_ZHAO, SUPERVISOR, HEAD_C02, GMD_HEAD)) {
            CommandResult.Rejected r = reject(new DecideEscalation(other, id, "x"));
            assertThat(r.ruleId()).as(other.staffId()).isEqualTo("R-4.3.1f");
            assertThat(r.rejection().messageKey()).isEqualTo("authority.onlyHeadDecidesEscalation");
        }
        accept(new DecideEscalation(HEAD, id, "部门处理不了"));
        CommandResult.Rejected byHead = reject(new Escalate(HEAD, id, "x"));
        assertThat(byHead.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(byHead.rejection().messageKey()).isEqualTo("authority.onlyReceiverEscalatesBeyondTheDepartment");
        assertThat(stored(id).escalationLevel()).isEqualTo("DEPARTMENT_HEAD");
    }

    @Test
    @DisplayName("R-4.3.1f the head decides while the case is at the head's level, and once")
    void R_4_3_1f_the_decision_is_taken_at_the_heads_level_and_once() {
        String id = investigating(FollowUpMethod.PHONE);
        CommandResult.Rejected early = reject(new DecideEscalation(HEAD, id, "x"));
        assertThat(early.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(early.rejection().messageKey()).isEqualTo("case.escalationDecisionAtHeadLevelOnly");

        accept(new Escalate(HEAD, id, "超出处理人权限"));
        accept(new DecideEscalation(HEAD, id, "部门处理不了"));
        CommandResult.Rejected twice = reject(new DecideEscalation(DEPUTY_HEAD, id, "x"));
        assertThat(twice.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(twice.rejection().messageKey()).isEqualTo("case.escalationAlreadyDecided");
    }

    @Test
    @DisplayName("R-4.3.1f R-3.3 after the head's decision another receiver of the department does not carry the case")
    void R_4_3_1f_another_receiver_does_not_carry_the_case() {
        String id = atTheHead();
        accept(new DecideEscalation(HEAD, id, "部门处理不了"));

        CommandResult.Rejected r = reject(new Escalate(RECEIVER_LIU, id, "x"));

        assertThat(r.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(r.rejection().messageKey()).isEqualTo("authority.notTheCaseReceiver");
        assertThat(stored(id).escalationLevel()).isEqualTo("DEPARTMENT_HEAD");
    }
}
