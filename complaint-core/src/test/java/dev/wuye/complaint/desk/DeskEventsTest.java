package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.CaseEvent;
import dev.wuye.complaint.cases.OpinionType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Events are published once per accepted command, after the change is stored. */
class DeskEventsTest extends DeskScenario {

    @Test
    @DisplayName("one event per accepted command, none for a rejected or invalid one")
    void oneEventPerAcceptedCommand() {
        String id = received();
        reject(new Classify(HANDLER_ZHAO, id, OpinionType.INQUIRY, null, "OTHER", false));
        desk.submit(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, " ", false));
        accept(new Classify(RECEIVER, id, OpinionType.INQUIRY, null, "FEES_BILLING", false));

        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("OpinionReceived", "Classified");
        assertThat(events).allSatisfy(e -> assertThat(e.caseId().value()).isEqualTo(id));
    }

    @Test
    @DisplayName("a listener sees the stored state, and one that throws does not undo the change")
    void listenerAfterSaveAndFailureTolerated() {
        List<String> seen = new ArrayList<>();
        ComplaintDesk[] self = new ComplaintDesk[1];
        self[0] = ComplaintDesk.builder().storage(storage).clock(clock).calendar(WorkingDayCalendar.chinaMainland())
                .eventListener(e -> {
                    seen.add(self[0].find(e.caseId().value()).orElseThrow().state());
                    throw new IllegalStateException("listener down");
                }).build();

        CommandResult r = self[0].submit(opinion().build());

        assertThat(r.isAccepted()).isTrue();
        assertThat(seen).containsExactly("AWAITING_CLASSIFICATION");
        String id = ((CommandResult.Accepted) r).caseId();
        assertThat(desk.find(id)).isPresent();
        assertThat(((CommandResult.Accepted) r).events()).singleElement().isInstanceOf(CaseEvent.OpinionReceived.class);
    }
}
