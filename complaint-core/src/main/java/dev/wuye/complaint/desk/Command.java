package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;

/** A command a host submits to the {@link ComplaintDesk}; every command carries its actor. */
public sealed interface Command permits ReceiveOpinion, CaseCommand {

    /** Who issues the command. */
    Actor actor();
}
