package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.CaseEvent;

/**
 * Receives the events of accepted commands after they are stored. A listener that throws is
 * logged and does not undo the change.
 */
@FunctionalInterface
public interface CaseEventListener {

    /** A listener that ignores every event. */
    CaseEventListener NONE = event -> { };

    /**
     * Called once per accepted command, on the calling thread, after the save.
     *
     * @param event what happened
     */
    void on(CaseEvent event);
}
