package dev.wuye.complaint.benchmarks;

import com.alibaba.cola.statemachine.StateMachine;
import com.alibaba.cola.statemachine.builder.StateMachineBuilder;
import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import dev.wuye.complaint.lifecycle.Route;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import dev.wuye.complaint.lifecycle.internal.ChartModel;
import dev.wuye.complaint.lifecycle.internal.LifecycleChart;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import reactor.core.publisher.Mono;

/**
 * One engine step, on the same transitions for every alternative: the full lifecycle of a valid
 * complaint registered off hours — ten transitions (two of them internal), from DUTY_REGISTERED to FILED.
 * Every benchmark walks the whole case, so the score is nanoseconds per transition
 * ({@link OperationsPerInvocation} = {@value #STEPS}); multiply by {@value #STEPS} for a case.
 *
 * <ul>
 *   <li>{@code compiled} — our default engine, compiled from the Spring definition;</li>
 *   <li>{@code springReference} — our reference engine: pooled Spring machines, reset per decision;</li>
 *   <li>{@code springMachinePerCase} — bare Spring Statemachine, a machine built (StateMachineBuilder) and
 *       started for each case, then the ten events;</li>
 *   <li>{@code springFactoryMachinePerCase} — the same, with the configuration built once and a new machine
 *       from the factory per case;</li>
 *   <li>{@code cola} — Alibaba COLA statemachine 5.0.0, stateless, built from the same chart;</li>
 *   <li>{@code enumSwitch} — a hand-written switch over the chart, the floor.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(LifecycleEngineBenchmark.STEPS)
@State(Scope.Benchmark)
public class LifecycleEngineBenchmark {

    static final int STEPS = 10;

    private static final TransitionFacts VALID = TransitionFacts.of(Route.VALID_COMPLAINT);
    private static final TransitionFacts INVESTIGATED = new TransitionFacts(Route.VALID_COMPLAINT, true, false, false, false, false);
    private static final TransitionFacts SATISFIED = new TransitionFacts(Route.VALID_COMPLAINT, true, false, false, true, false);
    private static final TransitionFacts FOLLOWED_UP = new TransitionFacts(Route.VALID_COMPLAINT, true, false, false, true, true);

    /** The triggers of the case, in order, with the facts at each step. */
    static final LifecycleTrigger[] TRIGGERS = {
        LifecycleTrigger.HAND_OVER, LifecycleTrigger.CLASSIFY, LifecycleTrigger.ASSIGN,
        LifecycleTrigger.RECORD_INVESTIGATION, LifecycleTrigger.PROPOSE_SOLUTION, LifecycleTrigger.APPROVE_SOLUTION,
        LifecycleTrigger.REPORT_PROGRESS, LifecycleTrigger.COMPLETE, LifecycleTrigger.RECORD_FOLLOW_UP,
        LifecycleTrigger.ARCHIVE};
    static final TransitionFacts[] FACTS = {
        VALID, VALID, VALID, INVESTIGATED, INVESTIGATED, INVESTIGATED, INVESTIGATED, INVESTIGATED, SATISFIED,
        FOLLOWED_UP};
    static final LifecycleState START = LifecycleState.DUTY_REGISTERED;

    private LifecycleEngine compiled;
    private LifecycleEngine springReference;
    private StateMachineFactory<Enum<?>, LifecycleTrigger> springFactory;
    private StateMachine<LifecycleState, LifecycleTrigger, TransitionFacts> cola;

    /** Builds every engine once, and checks each one walks the case to FILED. */
    @Setup
    public void setUp() {
        compiled = LifecycleEngines.compiled();
        springReference = LifecycleEngines.springStatemachine();
        springFactory = LifecycleChart.factory();
        cola = colaMachine(ChartModel.standard());
        check("compiled", walk(compiled, null));
        check("springReference", walk(springReference, null));
        check("springMachinePerCase", springCase(LifecycleChart.build(), null));
        check("springFactoryMachinePerCase", springCase(springFactory.getStateMachine(), null));
        check("cola", cola(null));
        check("enumSwitch", enumSwitch(null));
    }

    private static void check(String name, LifecycleState end) {
        if (end != LifecycleState.FILED) {
            throw new IllegalStateException(name + " ended the benchmark case in " + end + ", not FILED");
        }
    }

    @Benchmark
    public LifecycleState compiled(Blackhole bh) {
        return walk(compiled, bh);
    }

    @Benchmark
    public LifecycleState springReference(Blackhole bh) {
        return walk(springReference, bh);
    }

    @Benchmark
    public LifecycleState springMachinePerCase(Blackhole bh) {
        return springCase(LifecycleChart.build(), bh);
    }

    @Benchmark
    public LifecycleState springFactoryMachinePerCase(Blackhole bh) {
        return springCase(springFactory.getStateMachine(), bh);
    }

    @Benchmark
    public LifecycleState cola(Blackhole bh) {
        LifecycleState state = START;
        for (int i = 0; i < STEPS; i++) {
            state = cola.fireEvent(state, TRIGGERS[i], FACTS[i]);
            consume(bh, state);
        }
        return state;
    }

    @Benchmark
    public LifecycleState enumSwitch(Blackhole bh) {
        LifecycleState state = START;
        for (int i = 0; i < STEPS; i++) {
            state = EnumSwitchLifecycle.next(state, TRIGGERS[i], FACTS[i]);
            consume(bh, state);
        }
        return state;
    }

    private static LifecycleState walk(LifecycleEngine engine, Blackhole bh) {
        LifecycleState state = START;
        for (int i = 0; i < STEPS; i++) {
            Decision d = engine.decide(state, TRIGGERS[i], FACTS[i]);
            consume(bh, d);
            if (d instanceof Decision.Move move) {
                state = move.target();
            }
        }
        return state;
    }

    /**
     * A bare Spring Statemachine case: start the new machine, send the events, read the leaf state.
     * Shared with {@link DeskLifecycleBenchmark}, whose baseline it is.
     */
    static LifecycleState springCase(org.springframework.statemachine.StateMachine<Enum<?>, LifecycleTrigger> machine,
                                             Blackhole bh) {
        machine.startReactively().block();
        for (int i = 0; i < STEPS; i++) {
            var message = MessageBuilder.withPayload(TRIGGERS[i]).setHeader(LifecycleChart.FACTS_HEADER, FACTS[i]).build();
            consume(bh, machine.sendEvent(Mono.just(message)).collectList().block());
        }
        LifecycleState state = null;
        for (Enum<?> id : machine.getState().getIds()) {
            if (id instanceof LifecycleState leaf) {
                state = leaf;
            }
        }
        machine.stopReactively().block();
        return state;
    }

    /** COLA machine with the transitions and guard objects of the same chart. */
    static StateMachine<LifecycleState, LifecycleTrigger, TransitionFacts> colaMachine(ChartModel model) {
        StateMachineBuilder<LifecycleState, LifecycleTrigger, TransitionFacts> builder = StateMachineBuilderFactory.create();
        for (ChartModel.Edge e : model.transitions()) {
            var on = e.internal()
                    ? builder.internalTransition().within(e.source()).on(e.trigger())
                    : builder.externalTransition().from(e.source()).to(e.target()).on(e.trigger());
            var when = e.guard() == null ? on : on.when(e.guard()::test);
            when.perform((from, to, event, facts) -> { });
        }
        return builder.build("wuye-lifecycle-" + UUID.randomUUID());
    }

    /** The set-up check walks without a Blackhole (JMH hands them only to benchmark methods). */
    static void consume(Blackhole bh, Object o) {
        if (bh != null) {
            bh.consume(o);
        }
    }
}
