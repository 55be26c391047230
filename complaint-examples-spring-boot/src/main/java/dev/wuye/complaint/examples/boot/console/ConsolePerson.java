package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.authority.Actor;

/**
 * The signed-in person as the console's header shows them.
 *
 * @param actor      who acts
 * @param name       the person's name (the staff id when none is configured)
 * @param department the department
 * @param roleLabels the roles in words, joined
 */
public record ConsolePerson(Actor actor, String name, String department, String roleLabels) {
}
