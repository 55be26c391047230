package dev.wuye.complaint.desk;

import dev.wuye.complaint.spi.ActivityEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periodic actions go through the one pipeline: a named policy, the period's record, one activity entry. */
class PeriodActivityTest extends DeskScenario {

    static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    @DisplayName("R-4.6.3 an accepted periodic action writes one activity entry naming actor, command and record; a repeat or a refusal writes none")
    void oneActivityEntryPerAcceptedPeriodicAction() {
        PeriodResult.SubmissionRecorded signed = recorded(new SubmitMonthlyTable(HEAD, C01, MARCH, "本月以服务态度类为主"),
                PeriodResult.SubmissionRecorded.class);
        assertThat(desk.activity(C01, MARCH)).singleElement().satisfies(e -> {
            assertThat(e.command()).isEqualTo("SubmitMonthlyTable");
            assertThat(e.subject()).isEqualTo(signed.submission().id());
            assertThat(e.actorStaffId()).isEqualTo(HEAD.staffId());
            assertThat(e.actorRoles()).isEqualTo(HEAD.rolesCode());
            assertThat(e.actorDepartment()).isEqualTo(C01);
            assertThat(e.at()).isEqualTo(clock.instant());
        });
        assertThat(recorded(new SubmitMonthlyTable(HEAD, C01, MARCH, "again"), PeriodResult.SubmissionRecorded.class)
                .duplicate()).isTrue();
        reject(new SubmitMonthlyTable(RECEIVER, C01, MARCH, "总结"));
        assertThat(desk.submit(new SubmitMonthlyTable(HEAD, C01, MARCH.plusMonths(1), " ")))
                .isInstanceOf(CommandResult.Invalid.class);
        assertThat(desk.activity(C01, MARCH)).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        recorded(new ReviewWeeklyForms(HEAD, C01, LocalDate.of(2025, 3, 12), 3, null), PeriodResult.ReviewRecorded.class);
        clock.advance(Duration.ofMinutes(1));
        recorded(new CheckVisits(SUPERVISOR, C01, MARCH, null), PeriodResult.ReviewRecorded.class);
        clock.advance(Duration.ofMinutes(1));
        recorded(new RunRecurrenceCheck(RECEIVER, clock.instant()), RecurrenceRun.class);
        assertThat(desk.activity(C01, MARCH)).extracting(ActivityEntry::command).containsExactly(
                "SubmitMonthlyTable", "ReviewWeeklyForms", "CheckVisits", "RunRecurrenceCheck");
    }

    @Test
    @DisplayName("R-4.6.4 a period command is validated like a case command: a missing month is invalid, named by field")
    void periodCommandsAreValidated() {
        CommandResult r = desk.submit(new ArchiveMonth(RECEIVER, null));
        assertThat(r).isInstanceOfSatisfying(CommandResult.Invalid.class, i -> assertThat(i.violations())
                .extracting(CommandResult.FieldViolation::message).containsExactly("month (month) is required"));
    }

    @Test
    @DisplayName("every command type has a handler and every case command a row of the one table")
    void dispatchIsComplete() {
        assertThat(CommandDispatch.leaves(Command.class)).hasSize(1 + CaseCommand.class.getPermittedSubclasses().length
                + PeriodCommand.class.getPermittedSubclasses().length);
        assertThat(CaseCommandTable.rows().keySet()).containsExactlyInAnyOrder(
                CommandDispatch.leaves(CaseCommand.class).toArray(Class[]::new));
        assertThatThrownBy(() -> new CommandDispatch().on(ReceiveOpinion.class, c -> null).complete())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no handler for");
    }
}
