package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;

/**
 * A command a host submits to the {@link ComplaintDesk}; every command carries its actor. Three
 * kinds: intake ({@link ReceiveOpinion}), a command about one case ({@link CaseCommand}) and a
 * periodic action ({@link PeriodCommand}).
 */
@WellFormedTexts
public sealed interface Command permits ReceiveOpinion, CaseCommand, PeriodCommand {

    /** Who issues the command. */
    Actor actor();
}
