package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleEngine;

import java.time.Instant;
import java.util.Objects;

/**
 * Who acts on a case, when, and the lifecycle that decides what the act does. Every behaviour
 * method of {@link Case} takes one; authority is checked before, by the caller.
 *
 * @param staffId the acting staff member's id
 * @param at      when the act happens (from the caller's clock)
 * @param engine  the lifecycle engine
 */
public record Act(String staffId, Instant at, LifecycleEngine engine) {

    public Act {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(engine, "engine");
    }
}
