package dev.wuye.complaint.lifecycle;

import org.junit.jupiter.api.DisplayName;

/** The reference engine, on pooled Spring Statemachine machines, follows the state chart. */
@DisplayName("Spring Statemachine reference engine")
class SpringStatemachineEngineTest extends LifecycleEngineContract {

    @Override
    protected LifecycleEngine engine() {
        return LifecycleEngines.springStatemachine();
    }
}
