package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.wuye.complaint.lifecycle.internal.SpringStatemachineEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reference engine, on pooled Spring Statemachine machines, follows the state chart. */
@DisplayName("Spring Statemachine reference engine")
class SpringStatemachineEngineTest extends LifecycleEngineContract {

    @Override
    protected LifecycleEngine engine() {
        return LifecycleEngines.springStatemachine();
    }

    @Test
    @DisplayName("a reused machine does not accumulate state: moving across phases costs no more after thousands of decisions")
    void reused_machines_do_not_accumulate_state() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeThat(threads).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) threads;
        assumeThat(mx.isThreadAllocatedMemorySupported()).isTrue();
        mx.setThreadAllocatedMemoryEnabled(true);
        LifecycleEngine engine = new SpringStatemachineEngine();
        TransitionFacts valid = TransitionFacts.of(Route.VALID_COMPLAINT);
        long tid = Thread.currentThread().getId();

        long[] allocatedPerBatch = new long[8];
        for (int batch = 0; batch < allocatedPerBatch.length; batch++) {
            long before = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 250; i++) {
                // HANDLING → TRACKING and TRACKING → FOLLOW_UP: each enters another phase.
                assertThat(engine.decide(LifecycleState.AWAITING_APPROVAL, LifecycleTrigger.APPROVE_SOLUTION, valid))
                        .isEqualTo(new Decision.Move(LifecycleState.EXECUTING));
                assertThat(engine.decide(LifecycleState.EXECUTING, LifecycleTrigger.COMPLETE, valid))
                        .isEqualTo(new Decision.Move(LifecycleState.AWAITING_FOLLOW_UP));
            }
            allocatedPerBatch[batch] = mx.getThreadAllocatedBytes(tid) - before;
        }
        // The first batches warm up (the JIT only removes allocation). A machine that keeps something per
        // decision allocates more in every batch: with such a leak the last batch cost 10 % more than the third.
        assertThat(allocatedPerBatch[7])
                .as("bytes allocated per batch of 500 decisions: %s", java.util.Arrays.toString(allocatedPerBatch))
                .isLessThan(allocatedPerBatch[2] * 105 / 100);
    }
}
