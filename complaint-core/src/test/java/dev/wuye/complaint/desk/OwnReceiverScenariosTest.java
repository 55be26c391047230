package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 自受理 — 「负责受理客户意见及全程跟踪，并对自受理的意见进行及时回访…客户意见受理人员负责归档」, R-4.4.1a
 * 「意见受理人负责对自受理的每单客户意见操作进展进行了解和知会」, R-4.4.2b: the receiver who accepted a case tracks it,
 * follows it up and archives it; another receiver of the same department does so only after a recorded
 * hand-over of the reception ({@link TransferReception}), by the case's receiver (shift change) or the head
 * (absence).
 */
class OwnReceiverScenariosTest extends DeskScenario {

    @Test
    @DisplayName("R-3.3 R-4.4.1b R-4.4.2b another receiver of the department may not track, follow up or archive the case")
    void R_3_3_another_receiver_may_not_track_follow_up_or_archive() {
        String handling = investigating(FollowUpMethod.PHONE);
        CommandResult.Rejected coHandling = reject(new AddCoHandling(RECEIVER_LIU, handling, C02, "请协办"));
        assertThat(coHandling.ruleId()).isEqualTo("R-4.3.1d");
        assertThat(coHandling.rejection().messageKey()).isEqualTo("authority.notTheCaseReceiver");

        String id = awaitingFollowUp(FollowUpMethod.PHONE);
        CommandResult.Rejected update = reject(new UpdateCustomer(RECEIVER_LIU, id, "已告知"));
        assertThat(update.ruleId()).isEqualTo("R-4.4.1b");
        assertThat(update.rejection().messageKey()).isEqualTo("authority.notTheCaseReceiver");
        assertThat(update.message()).isEqualTo("r-wang is the receiver (受理人) of this case; r-liu acts as its receiver"
                + " only after a recorded hand-over of the reception (TransferReception)");
        CommandResult.Rejected followUp = reject(followUpBy(RECEIVER_LIU, id));
        assertThat(followUp.ruleId()).isEqualTo("R-4.4.2b");
        assertThat(desk.allowedActions(RECEIVER_LIU, id)).isEmpty();

        accept(followUpBy(RECEIVER, id));
        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
        CommandResult.Rejected archive = reject(new Archive(RECEIVER_LIU, id, null));
        assertThat(archive.ruleId()).isEqualTo("R-3.3");
        assertThat(archive.rejection().messageKey()).isEqualTo("authority.notTheCaseReceiver");
        accept(new Archive(RECEIVER, id, null));
    }

    @Test
    @DisplayName("R-4.4.2d5 R-3.3 the online reply is drafted by the case's receiver or the supervisor, not another receiver")
    void R_3_3_online_reply_by_the_case_receiver_or_the_supervisor() {
        String id = awaitingFollowUp(FollowUpMethod.ONLINE);
        CommandResult.Rejected other = reject(new DraftOnlineReply(RECEIVER_LIU, id, "回复"));
        assertThat(other.ruleId()).isEqualTo("R-4.4.2d5");
        assertThat(other.rejection().messageKey()).isEqualTo("authority.notTheCaseReceiver");
        accept(new DraftOnlineReply(SUPERVISOR, id, "已更换部件，欢迎继续提出意见"));
    }

    @Test
    @DisplayName("R-3.3 after the receiver records a hand-over (shift change) the new receiver follows the case through")
    void R_3_3_after_a_recorded_hand_over_the_new_receiver_follows_through() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);
        assertThat(desk.allowedActions(RECEIVER, id)).contains(TransferReception.class);
        assertThat(desk.allowedActions(RECEIVER_LIU, id)).doesNotContain(TransferReception.class);

        accept(new TransferReception(RECEIVER, id, RECEIVER_LIU.staffId(), "交班：r-wang 调休三天"));

        assertThat(stored(id).receiverId()).isEqualTo("r-liu");
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_FOLLOW_UP);
        CaseEvent.ReceptionTransferred e = (CaseEvent.ReceptionTransferred) events.get(events.size() - 1);
        assertThat(e.fromReceiverId()).isEqualTo("r-wang");
        assertThat(e.toReceiverId()).isEqualTo("r-liu");
        List<AuditEntry> trail = desk.auditTrail(id);
        assertThat(trail.get(trail.size() - 1).command()).isEqualTo("TransferReception");
        assertThat(trail.get(trail.size() - 1).actorId()).isEqualTo("r-wang");
        assertThat(stored(id).notes().get(stored(id).notes().size() - 1).text())
                .isEqualTo("r-wang -> r-liu: 交班：r-wang 调休三天");

        assertThat(reject(new UpdateCustomer(RECEIVER, id, "x")).ruleId()).as("the former receiver").isEqualTo("R-4.4.1b");
        accept(new UpdateCustomer(RECEIVER_LIU, id, "已告知业主回访安排"));
        accept(followUpBy(RECEIVER_LIU, id));
        accept(new Archive(RECEIVER_LIU, id, null));
        assertThat(state(id)).isEqualTo(LifecycleState.FILED);
    }

    @Test
    @DisplayName("R-3.3 the head records the hand-over when the receiver is absent; nobody else does")
    void R_3_3_the_head_records_the_hand_over_when_the_receiver_is_absent() {
        String id = investigating(FollowUpMethod.PHONE);
        for (var other : List.of(RECEIVER_LIU, HANDLER_ZHAO, SUPERVISOR, HEAD_C02, RECEIVER_C02)) {
            CommandResult.Rejected r = reject(new TransferReception(other, id, RECEIVER_LIU.staffId(), "x"));
            assertThat(r.ruleId()).as(other.staffId()).isEqualTo("R-3.3");
            assertThat(r.rejection().messageKey()).isEqualTo("authority.onlyCaseReceiverOrHeadTransfersReception");
        }
        CommandResult.Rejected same = reject(new TransferReception(HEAD, id, RECEIVER.staffId(), "x"));
        assertThat(same.rejection().messageKey()).isEqualTo("case.receptionAlreadyWithReceiver");

        accept(new TransferReception(HEAD, id, RECEIVER_LIU.staffId(), "r-wang 病假"));

        assertThat(stored(id).receiverId()).isEqualTo("r-liu");
        accept(new UpdateCustomer(RECEIVER_LIU, id, "已告知处理进度"));
    }

    @Test
    @DisplayName("R-3.3 R-4.2.4a the reception hand-over is not the duty officer's hand-over of an off-hours registration")
    void R_3_3_not_the_duty_hand_over() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15)); // Friday night
        String id = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));

        CommandResult.Rejected r = reject(new TransferReception(HEAD, id, RECEIVER_LIU.staffId(), "x"));
        assertThat(r.ruleId()).as("no receiver yet: the duty officer hands it over (R-4.2.4a)").isEqualTo("R-3.3");
        assertThat(r.rejection().messageKey()).isEqualTo("lifecycle.noTransition");

        clock.set(LocalDateTime.of(2025, 3, 17, 8, 40));
        accept(new HandOver(DUTY_OFFICER_SUN, id, RECEIVER_LIU.staffId()));
        accept(new Classify(RECEIVER_LIU, id, OpinionType.INQUIRY, null, "OTHER", false));
        assertThat(reject(new UpdateCustomer(RECEIVER, id, "x")).ruleId()).as("r-liu took it over").isEqualTo("R-4.4.1b");
    }

    @Test
    @DisplayName("R-4.8.1 R-3.3 each receiver files the cases they received; the month's batch holds them all")
    void R_3_3_each_receiver_files_their_own_cases() {
        String byWang = received();
        accept(new Classify(RECEIVER, byWang, OpinionType.INQUIRY, null, "OTHER", false));
        accept(new AnswerInquiry(RECEIVER, byWang, "已答复"));
        String byLiu = received(opinion().recorder(RECEIVER_LIU));
        accept(new Classify(RECEIVER_LIU, byLiu, OpinionType.INQUIRY, null, "OTHER", false));
        accept(new AnswerInquiry(RECEIVER_LIU, byLiu, "已答复"));
        clock.set(LocalDateTime.of(2025, 4, 1, 9, 0));

        ArchiveRun first = recorded(new ArchiveMonth(RECEIVER_LIU, YearMonth.of(2025, 3)), ArchiveRun.class);
        assertThat(first.filed()).containsExactly(byLiu);
        assertThat(first.refused()).containsOnlyKeys(byWang);
        ArchiveRun second = recorded(new ArchiveMonth(RECEIVER, YearMonth.of(2025, 3)), ArchiveRun.class);
        assertThat(second.filed()).containsExactly(byWang);
        assertThat(stored(byWang).archiveBatchId()).isEqualTo(stored(byLiu).archiveBatchId());
    }
}
