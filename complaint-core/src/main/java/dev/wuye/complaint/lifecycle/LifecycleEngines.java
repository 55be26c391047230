package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.lifecycle.internal.SpringStatemachineEngine;

/** Where a host or the aggregate gets a {@link LifecycleEngine}. All engines are thread-safe and shared. */
public final class LifecycleEngines {

    private LifecycleEngines() {
    }

    /**
     * The reference engine: the state chart run on pooled Spring Statemachine machines. Correct by
     * construction, but tens of microseconds per decision.
     *
     * @return the shared reference engine
     */
    public static LifecycleEngine springStatemachine() {
        return SpringHolder.ENGINE;
    }

    /**
     * The engine the library uses unless told otherwise.
     *
     * @return the shared default engine
     */
    public static LifecycleEngine defaultEngine() {
        return springStatemachine();
    }

    private static final class SpringHolder {
        static final LifecycleEngine ENGINE = new SpringStatemachineEngine();
    }
}
