package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The compiled engine follows the state chart, and is the default. */
@DisplayName("compiled lifecycle engine")
class CompiledLifecycleEngineTest extends LifecycleEngineContract {

    @Override
    protected LifecycleEngine engine() {
        return LifecycleEngines.compiled();
    }

    @Test
    @DisplayName("the default engine is the compiled one; the Spring reference is a different engine")
    void default_engine_is_the_compiled_one() {
        assertThat(LifecycleEngines.defaultEngine()).isSameAs(LifecycleEngines.compiled());
        assertThat(LifecycleEngines.springStatemachine()).isNotSameAs(LifecycleEngines.compiled());
    }
}
