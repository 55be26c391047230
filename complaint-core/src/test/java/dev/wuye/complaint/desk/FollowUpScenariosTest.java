package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static dev.wuye.complaint.desk.Satisfaction.*;
import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Follow-up (回访): R-4.4.2a–d, R-4.4.2d5, R-4.4.2d6. */
class FollowUpScenariosTest extends DeskScenario {

    @Test
    @DisplayName("R-4.4.2a every valid complaint gets a follow-up: completion leads to the follow-up, not to closure")
    void validComplaintAwaitsFollowUp() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);

        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_FOLLOW_UP);
        assertThat(stored(id).closedAt()).isNull();
        assertThat(events).last().isInstanceOfSatisfying(CaseEvent.HandlingCompleted.class,
                e -> assertThat(e.followUpRequired()).isTrue());
        assertThat(reject(new Archive(RECEIVER, id, null)).ruleId()).isEqualTo("R-4.8.1");
    }

    @Test
    @DisplayName("R-4.4.2a a suggestion handled through to completion is closed without a follow-up")
    void suggestionNeedsNoFollowUp() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.SUGGESTION, null, "LANDSCAPING", false));
        accept(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false));
        investigate(id);
        accept(new ProposeSolution(HANDLER_ZHAO, id, "增加花坛"));
        accept(new ApproveSolution(HEAD, id));
        accept(new Complete(HEAD, id, "已增加"));

        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
        assertThat(stored(id).closure()).isEqualTo("COMPLETED");
    }

    @Test
    @DisplayName("R-4.4.2b the follow-up is done by the receiver")
    void receiverFollowsUp() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);
        CommandResult.Rejected byHandler = reject(RecordFollowUp.by(HANDLER_ZHAO, id, FollowUpMethod.PHONE)
                .timely(SATISFIED).result(SATISFIED).attitude(SATISFIED).build());
        assertThat(byHandler.ruleId()).isEqualTo("R-4.4.2b");

        clock.advance(Duration.ofDays(1));
        accept(followUp(id, FollowUpMethod.PHONE, true));

        assertThat(stored(id).followUps()).singleElement().satisfies(f -> {
            assertThat(f.byStaffId()).isEqualTo(RECEIVER.staffId());
            assertThat(f.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    @DisplayName("R-4.4.2c the follow-up uses the method the customer chose")
    void customersMethod() {
        String id = awaitingFollowUp(FollowUpMethod.HOME_VISIT);

        assertThat(reject(followUp(id, FollowUpMethod.PHONE, true)).ruleId()).isEqualTo("R-4.4.2c");
        assertThat(reject(new DraftOnlineReply(RECEIVER, id, "网上回复")).ruleId()).isEqualTo("R-4.4.2c");
        accept(followUp(id, FollowUpMethod.HOME_VISIT, true));

        assertThat(stored(id).followUps()).extracting(FollowUpEntry::method).containsExactly("HOME_VISIT");
    }

    @Test
    @DisplayName("R-4.4.2d the follow-up records timely, result satisfied and attitude satisfied; satisfied closes the case")
    void satisfiedFollowUpCloses() {
        String id = awaitingFollowUp(FollowUpMethod.LETTER);
        accept(RecordFollowUp.by(RECEIVER, id, FollowUpMethod.LETTER).timely(UNSATISFIED).result(SATISFIED)
                .attitude(SATISFIED).remarks("业主表示感谢"));

        FollowUpEntry f = stored(id).followUps().get(0);
        assertThat(f.timely()).isFalse();
        assertThat(f.resultSatisfied()).isTrue();
        assertThat(f.attitudeSatisfied()).isTrue();
        assertThat(f.cycle()).isEqualTo(1);
        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
        assertThat(stored(id).closure()).isEqualTo("FOLLOWED_UP");
    }

    @Test
    @DisplayName("R-4.4.2d unsatisfied sends the case back to the handlers for another cycle; the re-handling result is recorded")
    void unsatisfiedReHandling() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);
        accept(RecordFollowUp.by(RECEIVER, id, FollowUpMethod.PHONE).timely(SATISFIED).result(SATISFIED)
                .attitude(UNSATISFIED).remarks("对态度不满意"));

        assertThat(state(id)).isEqualTo(LifecycleState.INVESTIGATING);
        List<HandlingCycle> cycles = stored(id).cycles();
        assertThat(cycles).hasSize(2);
        assertThat(cycles.get(1).number()).isEqualTo(2);
        assertThat(cycles.get(1).handlerIds()).isEqualTo(cycles.get(0).handlerIds());

        investigate(id);
        accept(new ProposeSolution(HANDLER_ZHAO, id, "主管再次上门致歉"));
        accept(new ApproveSolution(HEAD, id));
        accept(new Complete(HEAD, id, "主管已上门致歉，业主接受"));
        accept(followUp(id, FollowUpMethod.PHONE, true));

        CaseSnapshot s = stored(id);
        assertThat(s.cycles().get(1).result()).isEqualTo("主管已上门致歉，业主接受");
        assertThat(s.cycles().get(0).result()).isEqualTo("已致歉，已培训");
        assertThat(s.followUps()).extracting(FollowUpEntry::cycle).containsExactly(1, 2);
        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
    }

    @Test
    @DisplayName("R-4.4.2d5 an online follow-up is a reply the centre director approves before it is posted")
    void onlineReplyApprovedByDirector() {
        String id = awaitingFollowUp(FollowUpMethod.ONLINE);
        assertThat(reject(followUp(id, FollowUpMethod.ONLINE, true)).ruleId()).isEqualTo("R-4.4.2d5");

        accept(new DraftOnlineReply(RECEIVER, id, "您反映的问题已处理完毕"));
        assertThat(reject(new ApproveOnlineReply(DEPUTY_HEAD, id)).ruleId()).isEqualTo("R-4.4.2d5");
        assertThat(reject(new ApproveOnlineReply(HEAD_C02, id)).ruleId()).isEqualTo("R-4.4.2d5");
        accept(new RejectOnlineReply(HEAD, id, "措辞需更正式"));
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_FOLLOW_UP);

        accept(new DraftOnlineReply(RECEIVER, id, "尊敬的业主：您反映的问题已处理完毕"));
        accept(new ApproveOnlineReply(HEAD, id));

        CaseSnapshot s = stored(id);
        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
        assertThat(s.onlineReplyApprovedBy()).isEqualTo(HEAD.staffId());
        assertThat(s.onlineReplyPostedAt()).isEqualTo(clock.instant());
        assertThat(s.onlineReplyText()).startsWith("尊敬的业主");
        assertThat(s.followUps()).extracting(FollowUpEntry::method).containsExactly("ONLINE");
        accept(new Archive(RECEIVER, id, null));
    }

    @Test
    @DisplayName("R-4.4.2d5 the centre's customer-service supervisor drafts the online reply, the centre director approves it and it is posted")
    void supervisorDraftsOnlineReply() {
        String id = awaitingFollowUp(FollowUpMethod.ONLINE);
        Actor supervisorOfC02 = Actor.of("cs-lin", C02, Role.CUSTOMER_SERVICE_SUPERVISOR);

        CommandResult.Rejected otherCentre = reject(new DraftOnlineReply(supervisorOfC02, id, "您反映的问题已处理完毕"));
        assertThat(otherCentre.ruleId()).isEqualTo("R-4.4.2d5");
        assertThat(otherCentre.rejection().message(Locale.ENGLISH)).isEqualTo("only the receiver (受理人) or the "
                + "customer-service supervisor (客服主管) of C01 drafts an online reply; cs-lin is "
                + "CUSTOMER_SERVICE_SUPERVISOR of C02");
        assertThat(otherCentre.rejection().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("只有C01的受理人或客服主管可草拟网上回复；cs-lin是C02的客服主管");
        assertThat(reject(new DraftOnlineReply(HANDLER_ZHAO, id, "您反映的问题已处理完毕")).ruleId()).isEqualTo("R-4.4.2d5");
        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_FOLLOW_UP);
        assertThat(stored(id).onlineReplyText()).isNull();

        accept(new DraftOnlineReply(SUPERVISOR, id, "尊敬的业主：您反映的保洁问题已处理完毕"));
        assertThat(state(id)).isEqualTo(LifecycleState.REPLY_AWAITING_APPROVAL);
        assertThat(events).last().isInstanceOfSatisfying(CaseEvent.OnlineReplyDrafted.class,
                e -> assertThat(e.by()).isEqualTo("cs-he"));
        assertThat(reject(new ApproveOnlineReply(SUPERVISOR, id)).ruleId()).as("the approval stays the director's")
                .isEqualTo("R-4.4.2d5");
        accept(new ApproveOnlineReply(HEAD, id));

        CaseSnapshot s = stored(id);
        assertThat(state(id)).isEqualTo(LifecycleState.CLOSED);
        assertThat(s.onlineReplyText()).isEqualTo("尊敬的业主：您反映的保洁问题已处理完毕");
        assertThat(s.onlineReplyApprovedBy()).isEqualTo("h-li");
        assertThat(s.onlineReplyPostedAt()).isEqualTo(clock.instant());
        assertThat(s.followUps()).extracting(FollowUpEntry::method).containsExactly("ONLINE");
        assertThat(desk.auditTrail(id)).extracting(AuditEntry::command, AuditEntry::actorId).endsWith(
                tuple("DraftOnlineReply", "cs-he"), tuple("ApproveOnlineReply", "h-li"));
    }

    @Test
    @DisplayName("R-4.4.2d6 with no follow-up channel, 'no recurrence' is recorded only after a month; a recurrence is unsatisfied")
    void noChannelRecurrenceCheck() {
        String quiet = awaitingFollowUp(FollowUpMethod.NONE);
        String recurred = awaitingFollowUp(FollowUpMethod.NONE);
        assertThat(reject(followUp(quiet, FollowUpMethod.PHONE, true)).ruleId()).isEqualTo("R-4.4.2c");
        assertThat(reject(followUp(quiet, FollowUpMethod.RECURRENCE_CHECK, true)).ruleId()).isEqualTo("R-4.4.2d6");

        accept(followUp(recurred, FollowUpMethod.RECURRENCE_CHECK, false));
        assertThat(state(recurred)).isEqualTo(LifecycleState.INVESTIGATING);

        clock.set(LocalDateTime.of(2025, 4, 10, 10, 1));
        accept(followUp(quiet, FollowUpMethod.RECURRENCE_CHECK, true));
        assertThat(state(quiet)).isEqualTo(LifecycleState.CLOSED);
    }

    @Test
    @DisplayName("R-4.4.2a a valid complaint closed by its follow-up is archived; its follow-up is on record")
    void archivedAfterFollowUp() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);
        accept(followUp(id, FollowUpMethod.PHONE, true));
        accept(new Archive(RECEIVER, id, null));

        assertThat(state(id)).isEqualTo(LifecycleState.FILED);
        assertThat(stored(id).followUps()).isNotEmpty();
    }

    @Test
    @DisplayName("R-4.4.2a a complaint reclassified valid is followed up like any valid complaint")
    void reclassifiedValid() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.OTHER, "OTHER", false));
        accept(new ReturnForClassification(HEAD, id, "应为有效"));
        accept(new Classify(RECEIVER, id, OpinionType.COMPLAINT, ValidityGround.STAFF_EFFICIENCY, "OTHER", false));
        accept(new Assign(HEAD, id, List.of(HANDLER_ZHAO.staffId()), false));
        investigate(id);
        accept(new ProposeSolution(HANDLER_ZHAO, id, "s"));
        accept(new ApproveSolution(HEAD, id));
        accept(new Complete(HEAD, id, "r"));

        assertThat(state(id)).isEqualTo(LifecycleState.AWAITING_FOLLOW_UP);
    }
}
