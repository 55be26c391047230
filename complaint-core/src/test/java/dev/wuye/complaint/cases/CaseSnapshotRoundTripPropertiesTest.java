package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.CaseSnapshot;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed aggregate and the SPI snapshot map to each other without loss, for every case a random
 * sequence of acts reaches: {@code restore(toSnapshot(c)) = c} and {@code toSnapshot(restore(s)) = s}.
 * Most steps are the natural next act of the case's state (so the deep states are reached), the
 * rest any act at all (mostly refused).
 */
class CaseSnapshotRoundTripPropertiesTest {

    private static final LifecycleEngine ENGINE = LifecycleEngines.defaultEngine();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");
    private static final FollowUpMethod[] CHANNELS = {FollowUpMethod.PHONE, FollowUpMethod.HOME_VISIT,
        FollowUpMethod.LETTER, FollowUpMethod.ONLINE, FollowUpMethod.NONE};
    private static final List<String> STAFF = List.of("r-wang", "h-li", "hd-zhao", "hd-qian", "d-sun");

    @Property(tries = 300)
    void everyReachedCaseSurvivesTheSnapshotRoundTrip(
            @ForAll @IntRange(min = 0, max = 999) int intake,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 999) Integer> steps) {
        Case c = ((Outcome.Changed) Case.receive(new CaseId("P" + intake), intake(intake), T0)).after();
        assertRoundTrip(c);
        Instant at = T0;
        for (int step : steps) {
            at = at.plus(Duration.ofHours(1 + step % 97 * 3));
            Act act = new Act(STAFF.get(step % STAFF.size()), at, ENGINE);
            Outcome o = step % 10 < 7 ? next(c, step / 10, act) : any(c, step / 10 % 24, step, act);
            if (o instanceof Outcome.Changed changed) {
                assertThat(changed.before()).isEqualTo(c);
                assertThat(changed.after().version()).isEqualTo(c.version() + 1);
                c = changed.after();
                assertRoundTrip(c);
            } else {
                assertThat(((Outcome.Refused) o).message()).isNotBlank();
            }
        }
        Statistics.label("state reached").collect(c.state());
        Statistics.label("closed by").collect(c.closure().map(Enum::name).orElse("open"));
        Statistics.label("re-handling").collect(c.currentCycleNumber() > 1);
    }

    private static void assertRoundTrip(Case c) {
        CaseSnapshot s = CaseMapping.toSnapshot(c.s);
        assertThat(s).isEqualTo(c.toSnapshot());
        assertThat(CaseMapping.restore(s)).isEqualTo(c.s);
        assertThat(Case.restore(s)).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(CaseMapping.toSnapshot(CaseMapping.restore(s))).isEqualTo(s);
        assertThat(Case.restore(s).toSnapshot()).isEqualTo(s);
    }

    private static Intake intake(int n) {
        boolean duty = n % 4 == 0;
        Customer customer = n % 5 == 0 ? new Customer(null, null, null) : new Customer("张三丰", "13812345678", "3栋2单元501");
        return new Intake("k-" + n, Channel.values()[n % Channel.values().length], customer, "电梯故障", "r-wang",
                duty ? null : "r-wang", n % 3 == 0 ? "GMD" : "C01",
                n % 3 == 0 ? AcceptingLevel.COMPANY : AcceptingLevel.SERVICE_CENTRE, T0, LocalDate.of(2025, 3, 10),
                duty, duty ? T0.plusSeconds(3600) : null, n % 2 == 0 ? T0.plusSeconds(7200) : null,
                n % 2 == 0 ? FollowUpMethod.PHONE : null,
                n % 2 == 0 ? ReplyBasis.AGREED : ReplyBasis.NO_PREFERENCE, CHANNELS[n / 7 % CHANNELS.length], n % 6 == 1,
                n % 9 == 0 ? "V-" + n : null);
    }

    /** The natural next act of the case's state, with choices made by {@code p}. */
    private static Outcome next(Case c, int p, Act act) {
        switch (c.state()) {
            case DUTY_REGISTERED:
                return p % 3 == 0 ? c.recordDutyHandling(DutyAction.values()[p % 4], "处理", act) : c.handOver("r-wang", act);
            case AWAITING_CLASSIFICATION:
                return any(c, 2, p, act);
            case INVALID_AWAITING_CONFIRMATION:
                return p % 3 == 0 ? c.returnForClassification("再查", act) : c.confirmInvalid(act);
            case AWAITING_ASSIGNMENT:
                return p % 4 == 0 ? any(c, 5 + p % 3, p, act) : any(c, 8, p, act);
            case INVESTIGATING:
                return p % 5 == 0 ? any(c, new int[] {13, 14, 15, 16}[p / 5 % 4], p, act)
                        : any(c, c.facts().investigationRecorded() ? 10 : 9, p, act);
            case AWAITING_APPROVAL:
                return any(c, new int[] {11, 11, 12, 13}[p % 4], p, act);
            case EXECUTING:
                return any(c, new int[] {16, 17, 18, 18}[p % 4], p, act);
            case AWAITING_FOLLOW_UP:
                return c.followUpChannel() == FollowUpMethod.ONLINE && p % 2 == 0 ? any(c, 20, p, act) : any(c, 19, p, act);
            case REPLY_AWAITING_APPROVAL:
                return p % 3 == 0 ? any(c, 22, p, act) : any(c, 21, p, act);
            default:
                return any(c, 23, p, act);
        }
    }

    /** Act number {@code which} with arguments chosen by {@code p}. */
    private static Outcome any(Case c, int which, int p, Act act) {
        switch (which) {
            case 0: return c.handOver("r-wang", act);
            case 1: return c.recordDutyHandling(DutyAction.values()[p % 4], "处理", act);
            case 2: {
                OpinionType type = OpinionType.values()[p % 4];
                ValidityGround ground = type == OpinionType.COMPLAINT || p % 13 == 0
                        ? ValidityGround.values()[p / 4 % ValidityGround.values().length] : null;
                return c.classify(new Classification(type, ground, "REPAIRS", p % 5 == 0), act);
            }
            case 3: return c.confirmInvalid(act);
            case 4: return c.returnForClassification("再查", act);
            case 5: return c.answerInquiry("已答复", act);
            case 6: return c.replyToSuggestion("已回复", act);
            case 7: return c.passOnPraise("已转达", act);
            case 8: return c.assign(p % 11 == 0 ? List.of() : List.of("hd-zhao", "hd-qian").subList(0, 1 + p % 2), act);
            case 9: return c.recordInvestigation(new Investigation("事实", p % 2 == 0, "分析", "无"), act);
            case 10: return c.proposeSolution("更换部件", act);
            case 11: return c.approveSolution(act);
            case 12: return c.rejectSolution("不可行", act);
            case 13: return c.escalate("超出权限", act);
            case 14: return c.addCoHandling(p % 3 == 0 ? "C01" : "C0" + (2 + p % 3), "协办", act);
            case 15: return c.openCorrectiveAction("重复发生", act);
            case 16: return c.reportProgress("进行中", act);
            case 17: return c.updateCustomer("已告知", act);
            case 18: return c.complete("已修复", act);
            case 19: {
                FollowUpMethod method = p % 9 == 0 ? FollowUpMethod.PHONE : c.followUpChannel().recordMethod();
                boolean satisfied = p % 3 != 0;
                return c.recordFollowUp(new FollowUpFindings(method, p % 2 == 0, satisfied,
                        p % 4 == 0 ? null : satisfied, p % 5 == 0 ? null : "好"), SHANGHAI, act);
            }
            case 20: return c.draftOnlineReply("网上回复", act);
            case 21: return c.approveOnlineReply(act);
            case 22: return c.rejectOnlineReply("重写", act);
            default: return c.archive("C01-2025-03", act);
        }
    }
}
