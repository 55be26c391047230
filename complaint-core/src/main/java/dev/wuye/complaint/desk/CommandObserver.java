package dev.wuye.complaint.desk;

/**
 * Hears the result of every command the desk ran: accepted, recorded, rejected (naming the rule) or
 * invalid. For counting and tracing (a metrics registry, a log); it changes nothing. Called once per
 * {@link ComplaintDesk#submit(Command)} on the calling thread, after the result is known and, for an
 * accepted command, after it is stored; an observer that throws is logged and does not change the result.
 */
@FunctionalInterface
public interface CommandObserver {

    /** An observer that ignores every result. */
    CommandObserver NONE = (command, result) -> { };

    /**
     * Called once per submitted command.
     *
     * @param command the command as submitted
     * @param result  what the desk answered
     */
    void observed(Command command, CommandResult result);
}
