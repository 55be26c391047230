package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking (跟踪): R-4.4.1a/b, R-3.3. */
class TrackingScenariosTest extends DeskScenario {

    @Test
    @DisplayName("R-4.4.1a handlers report progress, extent and expected time to the receiver")
    void handlersReportProgress() {
        String id = executing(FollowUpMethod.PHONE);
        assertThat(reject(new ReportProgress(EMPLOYEE_ZHOU, id, "x")).ruleId()).isEqualTo("R-4.4.1a");

        accept(new ReportProgress(HANDLER_ZHAO, id, "培训已完成一半，预计周五完成"));

        assertThat(stored(id).notes()).filteredOn(n -> n.kind().equals("PROGRESS")).singleElement()
                .satisfies(n -> {
                    assertThat(n.authorId()).isEqualTo(HANDLER_ZHAO.staffId());
                    assertThat(n.text()).contains("预计周五");
                });
        assertThat(state(id)).isEqualTo(LifecycleState.EXECUTING);
    }

    @Test
    @DisplayName("R-4.4.1b the receiver keeps the customer informed; others may not record customer updates")
    void receiverUpdatesCustomer() {
        String id = investigating(FollowUpMethod.PHONE);
        assertThat(reject(new UpdateCustomer(HANDLER_ZHAO, id, "x")).ruleId()).isEqualTo("R-4.4.1b");

        accept(new UpdateCustomer(RECEIVER, id, "已电话告知业主处理进度"));
        clock.advance(Duration.ofDays(3));
        accept(new UpdateCustomer(RECEIVER, id, "再次告知"));

        assertThat(stored(id).notes()).filteredOn(n -> n.kind().equals("CUSTOMER_UPDATE"))
                .extracting(NoteEntry::at).hasSize(2).isSorted();
    }

    @Test
    @DisplayName("R-4.4.1b a closed case takes no more customer updates")
    void noUpdatesWhenClosed() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(RECEIVER, id, "已答复"));

        assertThat(reject(new UpdateCustomer(RECEIVER, id, "x")).ruleId()).isEqualTo("R-4.4.1b");
    }

    @Test
    @DisplayName("R-3.3 the receiver tracks the case end to end: every step is in its audit trail, from -> to")
    void receiverTracksEndToEnd() {
        String id = awaitingFollowUp(FollowUpMethod.PHONE);

        assertThat(desk.auditTrail(id)).extracting(a -> a.command() + ":" + a.fromState() + "->" + a.toState())
                .containsExactly(
                        "ReceiveOpinion:null->AWAITING_CLASSIFICATION",
                        "Classify:AWAITING_CLASSIFICATION->AWAITING_ASSIGNMENT",
                        "Assign:AWAITING_ASSIGNMENT->INVESTIGATING",
                        "RecordInvestigation:INVESTIGATING->INVESTIGATING",
                        "ProposeSolution:INVESTIGATING->AWAITING_APPROVAL",
                        "ApproveSolution:AWAITING_APPROVAL->EXECUTING",
                        "Complete:EXECUTING->AWAITING_FOLLOW_UP");
        assertThat(desk.auditTrail(id)).extracting(a -> a.version()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }
}
