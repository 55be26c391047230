package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 「总经理负责处理超出管理者代表权限和有重大影响的客户意见」: an opinion of major impact goes to the general
 * manager directly, not only as the fourth step of the escalation chain. Referred by whoever decides the
 * case now (the head of its department, the head of the GMD, the management representative), or taken by
 * the general manager; once there, only the general manager decides it.
 */
class MajorImpactToTheGeneralManagerScenariosTest extends DeskScenario {

    @Test
    @DisplayName("R-3.1 the head refers an opinion of major impact to the general manager directly, skipping the chain")
    void R_3_1_the_head_refers_an_opinion_of_major_impact_to_the_general_manager_directly() {
        String id = investigating(FollowUpMethod.PHONE);
        assertThat(desk.allowedActions(HEAD, id)).contains(ReferToGeneralManager.class);

        accept(new ReferToGeneralManager(HEAD, id, "电梯困人经媒体报道，影响公司声誉"));

        assertThat(stored(id).escalationLevel()).isEqualTo("GENERAL_MANAGER");
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
        CaseEvent.ReferredToGeneralManager e = (CaseEvent.ReferredToGeneralManager) events.get(events.size() - 1);
        assertThat(e.from()).isEqualTo(EscalationLevel.HANDLER);
        assertThat(e.by()).isEqualTo("h-li");
        assertThat(events).noneMatch(CaseEvent.Escalated.class::isInstance);
        NoteEntry mark = stored(id).notes().get(stored(id).notes().size() - 1);
        assertThat(mark.kind()).isEqualTo("MAJOR_IMPACT");
        assertThat(mark.text()).isEqualTo("HANDLER -> GENERAL_MANAGER: 电梯困人经媒体报道，影响公司声誉");
        assertThat(Case.restore(stored(id)).majorImpact()).isTrue();
        assertThat(desk.auditTrail(id).get(desk.auditTrail(id).size() - 1).command()).isEqualTo("ReferToGeneralManager");
    }

    @Test
    @DisplayName("R-3.1 once referred, the general manager takes it: only the general manager assigns, approves and signs")
    void R_3_1_only_the_general_manager_takes_it() {
        String id = investigating(FollowUpMethod.PHONE);
        accept(new ReferToGeneralManager(HEAD, id, "涉及多名业主的群体投诉"));

        for (Actor other : List.of(HEAD, GMD_HEAD, MANAGEMENT_REP)) {
            assertThat(reject(new Assign(other, id, List.of(other.staffId()), false)).ruleId())
                    .as(other.staffId()).isEqualTo("R-4.3.1a");
        }
        accept(new Assign(GENERAL_MGR, id, List.of(GENERAL_MGR.staffId(), HANDLER_ZHAO.staffId()), false));
        investigate(id);
        accept(new ProposeSolution(HANDLER_ZHAO, id, "总经理协调赔偿"));
        assertThat(reject(new ApproveSolution(HEAD, id)).ruleId()).isEqualTo("R-4.3.2c");
        accept(new ApproveSolution(GENERAL_MGR, id));
        assertThat(reject(new Complete(MANAGEMENT_REP, id, "x")).ruleId()).isEqualTo("R-4.3.1e");
        accept(new Complete(GENERAL_MGR, id, "已赔偿并致歉"));
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_FOLLOW_UP);
    }

    @Test
    @DisplayName("R-3.1 who may refer: the level that decides the case now, or the general manager; nobody else")
    void R_3_1_who_may_refer() {
        // at handler level the head of C01 decides: receiver, handler, quality supervisor, other heads,
        // the GMD and the management representative do not refer it
        String atHandler = investigating(FollowUpMethod.PHONE);
        for (Actor other : List.of(RECEIVER, HANDLER_ZHAO, SUPERVISOR, QUALITY, HEAD_C02, GMD_HEAD, MANAGEMENT_REP)) {
            CommandResult.Rejected r = reject(new ReferToGeneralManager(other, atHandler, "x"));
            assertThat(r.ruleId()).as(other.staffId()).isEqualTo("R-3.1");
            assertThat(r.rejection().messageKey()).isEqualTo("authority.onlyDeciderRefersMajorImpact.head");
        }
        assertThat(desk.allowedActions(RECEIVER, atHandler)).doesNotContain(ReferToGeneralManager.class);

        // at the GMD its head refers it; the head of C01 no longer does
        String atGmd = investigating(FollowUpMethod.PHONE);
        accept(new Escalate(HANDLER_ZHAO, atGmd, "1"));
        accept(new DecideEscalation(HEAD, atGmd, "部门处理不了"));
        accept(new Escalate(RECEIVER, atGmd, "2"));
        CommandResult.Rejected byCentreHead = reject(new ReferToGeneralManager(HEAD, atGmd, "x"));
        assertThat(byCentreHead.rejection().messageKey()).isEqualTo("authority.onlyDeciderRefersMajorImpact.gmdHead");
        accept(new ReferToGeneralManager(GMD_HEAD, atGmd, "影响重大"));
        assertThat(stored(atGmd).escalationLevel()).isEqualTo("GENERAL_MANAGER");

        // at the management representative, the representative refers it
        String atRep = investigating(FollowUpMethod.PHONE);
        accept(new Escalate(HANDLER_ZHAO, atRep, "1"));
        accept(new DecideEscalation(HEAD, atRep, "部门处理不了"));
        accept(new Escalate(RECEIVER, atRep, "2"));
        accept(new Escalate(GMD_HEAD, atRep, "3"));
        assertThat(reject(new ReferToGeneralManager(GMD_HEAD, atRep, "x")).rejection().messageKey())
                .isEqualTo("authority.onlyDeciderRefersMajorImpact.managementRepresentative");
        accept(new ReferToGeneralManager(MANAGEMENT_REP, atRep, "影响重大"));
        assertThat(stored(atRep).escalationLevel()).isEqualTo("GENERAL_MANAGER");
    }

    @Test
    @DisplayName("R-3.1 the general manager may take an opinion of major impact at any level")
    void R_3_1_the_general_manager_takes_it_on_his_own() {
        String id = executing(FollowUpMethod.PHONE);

        accept(new ReferToGeneralManager(GENERAL_MGR, id, "总经理亲自处理"));

        assertThat(stored(id).escalationLevel()).isEqualTo("GENERAL_MANAGER");
        assertThat(state(id)).as("the approved solution is withdrawn; the general manager re-assigns")
                .isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
    }

    @Test
    @DisplayName("R-3.1 R-4.3.1f a case already with the general manager goes no higher")
    void R_3_1_nothing_above_the_general_manager() {
        String id = investigating(FollowUpMethod.PHONE);
        accept(new ReferToGeneralManager(HEAD, id, "影响重大"));

        CommandResult.Rejected again = reject(new ReferToGeneralManager(GENERAL_MGR, id, "x"));

        assertThat(again.ruleId()).isEqualTo("R-4.3.1f");
        assertThat(again.message()).isEqualTo("already at the general manager");
        assertThat(desk.allowedActions(GENERAL_MGR, id)).doesNotContain(ReferToGeneralManager.class, Escalate.class);
    }
}
