package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.lifecycle.LifecycleState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Archive (归档); terminal. */
class ArchiveScenariosTest extends DeskScenario {

    private String answeredInquiry() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(RECEIVER, id, "已答复"));
        return id;
    }

    @Test
    @DisplayName("R-4.8.1 the receiver archives a closed case into the department's batch of its closing month")
    void receiverArchives() {
        String id = answeredInquiry();
        clock.set(LocalDateTime.of(2025, 4, 1, 9, 0));
        assertThat(reject(new Archive(HANDLER_ZHAO, id, null)).ruleId()).isEqualTo("R-3.3");

        accept(new Archive(RECEIVER, id, null));

        assertThat(state(id)).isEqualTo(LifecycleState.FILED);
        assertThat(stored(id).archiveBatchId()).isEqualTo("MONTHLY:C01:2025-03");
        assertThat(stored(id).archivedAt()).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("archive is terminal: a filed case is never left, every later command is rejected naming R-4.8.1")
    void archiveIsTerminal() {
        String id = answeredInquiry();
        accept(new Archive(RECEIVER, id, "MONTHLY:C01:2025-03"));
        long version = stored(id).version();

        assertThat(reject(new Archive(RECEIVER, id, "MONTHLY:C01:2025-04")).ruleId()).isEqualTo("R-4.8.1");
        assertThat(reject(new OpenCorrectiveAction(HEAD, id, "late")).ruleId()).isEqualTo("R-4.8.1");
        assertThat(stored(id).version()).isEqualTo(version);
        assertThat(stored(id).archiveBatchId()).isEqualTo("MONTHLY:C01:2025-03");
    }

    @Test
    @DisplayName("archive is only reachable from a closed case")
    void onlyClosedCasesAreArchived() {
        String id = investigatingCase();
        assertThat(reject(new Archive(RECEIVER, id, null)).ruleId()).isEqualTo("R-4.8.1");
        assertThat(state(id)).isEqualTo(LifecycleState.INVESTIGATING);
    }

    private String investigatingCase() {
        return investigating(FollowUpMethod.PHONE);
    }

    @Test
    @DisplayName("R-4.8.4 records handled at company level are archived by the GMD, not by a centre's receiver")
    void companyLevelArchivedByGmd() {
        String id = received(opinion().recorder(GMD_RECEIVER).department(GMD).level(AcceptingLevel.COMPANY));
        accept(new Classify(GMD_RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));
        accept(new AnswerInquiry(GMD_RECEIVER, id, "已答复"));

        assertThat(reject(new Archive(RECEIVER, id, null)).ruleId()).isEqualTo("R-4.8.4");
        accept(new Archive(GMD_RECEIVER, id, null));
        assertThat(stored(id).archiveBatchId()).startsWith("MONTHLY:GMD:");
    }

    @Test
    @DisplayName("R-4.8.4 a centre's case escalated to the GMD is archived by the GMD")
    void escalatedArchivedByGmd() {
        String id = received();
        accept(new Classify(RECEIVER, id, OpinionType.SUGGESTION, null, "LANDSCAPING", false));
        accept(new Escalate(HEAD, id, "1"));
        accept(new DecideEscalation(HEAD, id, "部门处理不了"));
        accept(new Escalate(RECEIVER, id, "2"));
        accept(new ReplyToSuggestion(RECEIVER, id, "已回复"));

        assertThat(reject(new Archive(RECEIVER, id, null)).ruleId()).isEqualTo("R-4.8.4");
        accept(new Archive(GMD_HEAD, id, null));
        assertThat(stored(id).archiveBatchId()).isEqualTo("MONTHLY:GMD:2025-03");
    }
}
