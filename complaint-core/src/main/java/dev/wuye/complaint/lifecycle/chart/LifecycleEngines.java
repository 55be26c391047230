package dev.wuye.complaint.lifecycle.chart;

import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.internal.CompiledLifecycleEngine;
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
     * The compiled engine: the same Spring Statemachine definition, compiled at start-up into lookup
     * tables; no Spring on the hot path, no locks, no allocation. Agrees with the reference engine
     * (property-tested).
     *
     * @return the shared compiled engine
     */
    public static LifecycleEngine compiled() {
        return CompiledHolder.ENGINE;
    }

    /**
     * The engine the library uses unless told otherwise: {@link #compiled()}.
     *
     * @return the shared default engine
     */
    public static LifecycleEngine defaultEngine() {
        return compiled();
    }

    private static final class CompiledHolder {
        static final LifecycleEngine ENGINE = new CompiledLifecycleEngine();
    }

    private static final class SpringHolder {
        static final LifecycleEngine ENGINE = new SpringStatemachineEngine();
    }
}
