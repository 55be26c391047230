package dev.wuye.complaint.desk;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.sla.OfficeHours;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The desk tells its {@link CommandObserver} the result of every command — accepted, rejected naming the rule,
 * invalid — once, after the pipeline; an observer that fails changes nothing.
 */
class CommandObserverTest extends DeskScenario {

    private final List<String> heard = new ArrayList<>();

    private ComplaintDesk observed(CommandObserver observer) {
        return ComplaintDesk.builder().storage(storage).clock(clock).lifecycleEngine(LifecycleEngines.defaultEngine())
                .calendar(WorkingDayCalendar.chinaMainland()).officeHours(OfficeHours.defaults())
                .commandObserver(observer).build();
    }

    @Test
    @DisplayName("R-4.3.2c each result is heard once: an accepted intake, an invalid one, a handler's refused approval naming the rule")
    void everyResultIsHeard() {
        ComplaintDesk desk = observed((command, result) -> heard.add(command.getClass().getSimpleName() + " "
                + (result instanceof CommandResult.Rejected r ? "rejected " + r.ruleId() : result.getClass().getSimpleName())));
        CommandResult accepted = desk.submit(opinion().build());
        desk.submit(opinion().summary(" ").build());
        desk.submit(new ApproveSolution(HANDLER_ZHAO, ((CommandResult.Accepted) accepted).caseId()));
        assertThat(heard).containsExactly("ReceiveOpinion Accepted", "ReceiveOpinion Invalid",
                "ApproveSolution rejected R-4.3.2c");
    }

    @Test
    @DisplayName("R-4.2.1a an observer that throws does not change the result: the opinion is still taken")
    void failingObserver() {
        ComplaintDesk desk = observed((command, result) -> {
            throw new IllegalStateException("metrics down");
        });
        CommandResult r = desk.submit(opinion().build());
        assertThat(r).isInstanceOf(CommandResult.Accepted.class);
        assertThat(desk.find(((CommandResult.Accepted) r).caseId())).isPresent();
    }
}
