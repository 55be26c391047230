package dev.wuye.complaint.lifecycle;

/**
 * The port the aggregate asks what a trigger does. Implementations are stateless from the caller's
 * point of view and safe to call from many threads.
 */
public interface LifecycleEngine {

    /**
     * Decides what {@code trigger} does to a case in state {@code from} with these facts.
     *
     * @param from    the current state
     * @param trigger what happens
     * @param facts   what the guards need to know
     * @return the move, or a rejection naming the rule
     */
    Decision decide(LifecycleState from, LifecycleTrigger trigger, TransitionFacts facts);
}
