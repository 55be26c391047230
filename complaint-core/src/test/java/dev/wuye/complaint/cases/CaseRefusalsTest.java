package dev.wuye.complaint.cases;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.spi.CaseSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate's own refusals: each names its rule, has a bundle key under {@code case.}, reads in
 * English as before and in Simplified Chinese.
 */
class CaseRefusalsTest {

    static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static Act act(Instant at) {
        return new Act("r-wang", at, LifecycleEngines.defaultEngine());
    }

    static Intake intake(String receiver, FollowUpMethod followUp) {
        return new Intake("k-1", Channel.PHONE, new Customer("张三丰", "13812345678", "3栋2单元501"), "电梯故障",
                "r-wang", receiver, "C01", AcceptingLevel.SERVICE_CENTRE, T0, LocalDate.of(2025, 3, 10), false, null,
                null, null, ReplyBasis.NO_PREFERENCE, followUp, false, null);
    }

    static Case received(FollowUpMethod followUp) {
        return ((Outcome.Changed) Case.receive(new CaseId("CASE0001"), intake("r-wang", followUp), T0)).after();
    }

    static Case restored(CaseSnapshot.Builder b) {
        return Case.restore(b.build());
    }

    static Rejection refusal(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) o).rejection();
    }

    static void assertRefusal(Outcome o, String rule, String key, String english, String chinese) {
        Rejection r = refusal(o);
        assertThat(r.ruleId()).isEqualTo(rule);
        assertThat(r.messageKey()).isEqualTo(key);
        assertThat(r.message()).isEqualTo(english);
        assertThat(r.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(r.message(ZH)).isEqualTo(chinese);
    }

    @Test
    @DisplayName("R-4.2.1a an office-hours opinion without its receiver is refused")
    void r421aReceiverMissing() {
        assertRefusal(Case.receive(new CaseId("CASE0001"), intake(null, FollowUpMethod.PHONE), T0), "R-4.2.1a",
                "case.receiverMissing",
                "an opinion recorded in office hours must be passed to its receiver (受理人); none was named",
                "工作时间内登记的意见须转交受理人；未指定受理人");
    }

    @Test
    @DisplayName("R-4.4.2c a recurrence check is not a follow-up channel a customer can choose")
    void r442cFollowUpChannel() {
        assertRefusal(Case.receive(new CaseId("CASE0001"), intake("r-wang", FollowUpMethod.RECURRENCE_CHECK), T0),
                "R-4.4.2c", "case.followUpChannelInvalid", "the customer's follow-up channel must be one of "
                        + "PHONE, HOME_VISIT, LETTER, ONLINE or NONE, was RECURRENCE_CHECK",
                "客户的回访方式须为 PHONE（电话）、HOME_VISIT（上门）、LETTER（信函）、ONLINE（网上）或 NONE（无回访渠道）之一，"
                        + "实为 RECURRENCE_CHECK");
    }

    @Test
    @DisplayName("R-4.2.2a a complaint needs its validity ground; only a complaint has one")
    void r422aGround() {
        Case c = received(FollowUpMethod.PHONE);
        assertRefusal(c.classify(new Classification(OpinionType.COMPLAINT, null, "REPAIRS", false), act(T0)),
                "R-4.2.2a", "case.validityGroundMissing",
                "a complaint must be classified valid or invalid with its ground (R-4.2.2a–c)",
                "投诉须判定为有效投诉或无效投诉，并注明依据（R-4.2.2a–c）");
        assertRefusal(c.classify(new Classification(OpinionType.INQUIRY, ValidityGround.OTHER, "REPAIRS", false),
                        act(T0)), "R-4.2.2a", "case.groundOnlyForComplaint",
                "only a complaint has a validity ground; this is INQUIRY (咨询)",
                "只有投诉才有有效性判定依据；本意见为 INQUIRY（咨询）");
    }

    @Test
    @DisplayName("R-4.3.1c only a complaint can be major")
    void r431cMajor() {
        assertRefusal(received(FollowUpMethod.PHONE).classify(
                        new Classification(OpinionType.PRAISE, null, "SERVICE", true), act(T0)),
                "R-4.3.1c", "case.majorOnlyForComplaint",
                "only a complaint can be major (重大投诉); this is PRAISE (表扬)",
                "只有投诉才能定为重大投诉；本意见为 PRAISE（表扬）");
    }

    @Test
    @DisplayName("R-4.3.1a an assignment needs at least one handler")
    void r431aHandlers() {
        Case c = restored(received(FollowUpMethod.PHONE).toSnapshot().toBuilder()
                .state("AWAITING_ASSIGNMENT").type("INQUIRY"));
        assertRefusal(c.assign(List.of(), act(T0)), "R-4.3.1a", "case.handlerMissing",
                "at least one handler must be assigned", "须至少分派一名处理人");
    }

    @Test
    @DisplayName("R-4.3.1d co-handling is for another department; R-4.3.1b corrective action is opened once")
    void r431dCoHandlingAndR431bCorrectiveAction() {
        Case c = restored(received(FollowUpMethod.PHONE).toSnapshot().toBuilder()
                .state("INVESTIGATING").type("INQUIRY").correctiveAction(true)
                .cycles(List.of(new dev.wuye.complaint.spi.HandlingCycle(1, List.of("hd-zhao"), "h-li", T0, null,
                        null, null, null, null, null, null, null, null, null, null, null))));
        assertRefusal(c.addCoHandling("C01", "协办", act(T0)), "R-4.3.1d", "case.alreadyCoHandling",
                "department C01 already handles this case; co-handling is for other departments",
                "部门 C01 已在处理本案件；转协办只能转给其他部门");
        assertRefusal(c.openCorrectiveAction("重复发生", act(T0)), "R-4.3.1b", "case.correctiveActionAlreadyOpen",
                "corrective and preventive action is already open for this case", "本案件已启动纠正预防措施");
    }

    @Test
    @DisplayName("R-4.4.2c a follow-up uses the chosen method; R-4.4.2d6 'no recurrence' only a month after completion")
    void r442cMethodAndR442d6NoRecurrence() {
        Instant completed = T0.plusSeconds(86_400);
        CaseSnapshot.Builder b = received(FollowUpMethod.NONE).toSnapshot().toBuilder()
                .state("AWAITING_FOLLOW_UP").type("COMPLAINT").validity("VALID").validityGround("STAFF_ATTITUDE")
                .cycles(List.of(new dev.wuye.complaint.spi.HandlingCycle(1, List.of("hd-zhao"), "h-li", T0, "事实",
                        true, "分析", "无", "方案", "hd-zhao", T0, "h-li", T0, "已修复", "h-li", completed)));
        Case c = restored(b);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertRefusal(c.recordFollowUp(new FollowUpFindings(FollowUpMethod.PHONE, true, true, true, null), zone,
                        act(completed.plusSeconds(60))), "R-4.4.2c", "case.followUpMethodNotChosen",
                "the follow-up must use the customer's chosen method RECURRENCE_CHECK (重复发生核查), not PHONE",
                "回访须采用客户选择的方式 RECURRENCE_CHECK（重复发生核查），而不是 PHONE");
        assertRefusal(c.recordFollowUp(new FollowUpFindings(FollowUpMethod.RECURRENCE_CHECK, true, true, null, null),
                        zone, act(completed.plusSeconds(60))), "R-4.4.2d6", "case.noRecurrenceTooEarly",
                "with no follow-up channel, 'no recurrence' can be recorded only once a month after completion ("
                        + completed + ") has passed",
                "客户未留回访渠道时，须在办结（" + completed + "）满一个月后方可记录“未重复发生”");
        assertThat(c.recordFollowUp(new FollowUpFindings(FollowUpMethod.RECURRENCE_CHECK, true, true, null, null),
                zone, act(completed.plusSeconds(32L * 86_400)))).isInstanceOf(Outcome.Changed.class);
    }

    @Test
    @DisplayName("R-4.4.2a a lifecycle rejection is passed through unchanged")
    void r442aLifecycleRejectionPassedThrough() {
        Case c = restored(received(FollowUpMethod.PHONE).toSnapshot().toBuilder()
                .state("CLOSED").type("COMPLAINT").validity("VALID").validityGround("STAFF_ATTITUDE").closedAt(T0)
                .followUps(List.of()));
        Rejection r = refusal(c.archive("C01-2025-03", act(T0)));
        assertThat(r).isEqualTo(((dev.wuye.complaint.lifecycle.Decision.Reject) LifecycleEngines.defaultEngine()
                .decide(c.state(), dev.wuye.complaint.lifecycle.LifecycleTrigger.ARCHIVE, c.facts())).rejection());
    }
}
