package dev.wuye.complaint.lifecycle.internal;

import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateContext.Stage;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.state.State;
import org.springframework.statemachine.support.DefaultStateContext;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The reference engine: runs the {@link LifecycleChart} on real Spring Statemachine machines.
 *
 * <p>Spring machines are stateful, not thread-safe and costly to build, so this engine keeps a pool of
 * started machines. A call borrows one (building one only when all are busy), resets it to the
 * {@code from} state, sends the trigger with the facts in a message header, reads the resulting leaf
 * state and gives the machine back. No machine is used by two threads at once; the pool grows to the
 * highest concurrency seen.
 */
public final class SpringStatemachineEngine implements LifecycleEngine {

    private final StateMachineFactory<Enum<?>, LifecycleTrigger> factory;
    private final ConcurrentLinkedQueue<StateMachine<Enum<?>, LifecycleTrigger>> idle = new ConcurrentLinkedQueue<>();

    /** An engine with one machine ready; more are built on demand under concurrency. */
    public SpringStatemachineEngine() {
        this.factory = LifecycleChart.factory();
        idle.offer(newMachine());
    }

    @Override
    public Decision decide(LifecycleState from, LifecycleTrigger trigger, TransitionFacts facts) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(facts, "facts");
        StateMachine<Enum<?>, LifecycleTrigger> machine = idle.poll();
        if (machine == null) {
            machine = newMachine();
        }
        boolean reusable = false;
        try {
            Decision decision = decide(machine, from, trigger, facts);
            reusable = !machine.hasStateMachineError();
            return decision;
        } finally {
            if (reusable) {
                idle.offer(machine);
            }
        }
    }

    private Decision decide(StateMachine<Enum<?>, LifecycleTrigger> machine, LifecycleState from,
                            LifecycleTrigger trigger, TransitionFacts facts) {
        reset(machine, from);
        LifecycleChart.EventOutcome outcome = new LifecycleChart.EventOutcome();
        Message<LifecycleTrigger> message = MessageBuilder.withPayload(trigger)
                .setHeader(LifecycleChart.FACTS_HEADER, facts)
                .setHeader(LifecycleChart.OUTCOME_HEADER, outcome)
                .build();
        List<StateMachineEventResult<Enum<?>, LifecycleTrigger>> results =
                machine.sendEvent(Mono.just(message)).collectList().block();
        // ACCEPTED only says a transition matched the trigger; a guard may still have said no.
        boolean accepted = results != null
                && results.stream().anyMatch(r -> r.getResultType() == ResultType.ACCEPTED)
                && outcome.fired();
        if (!accepted) {
            FactsGuard failed = outcome.first();
            return failed != null ? failed.rejection() : NoTransition.rejection(from, trigger);
        }
        return new Decision.Move(leafOf(machine));
    }

    private static void reset(StateMachine<Enum<?>, LifecycleTrigger> machine, LifecycleState to) {
        // A reset jumps without exiting the current state. A phase entered by the previous event holds a
        // subscription that only its exit disposes, so without this every reused machine would leak one
        // per cross-phase move (and slow down). Exit it the way a transition would.
        State<Enum<?>, LifecycleTrigger> current = machine.getState();
        if (current != null) {
            current.exit(new DefaultStateContext<>(Stage.STATE_EXIT, null, null, machine.getExtendedState(), null,
                    machine, null, null, null)).block();
        }
        // The child context makes the reset descend into the phase's submachine down to the leaf.
        StateMachineContext<Enum<?>, LifecycleTrigger> leaf = new DefaultStateMachineContext<>(to, null, null, null);
        List<StateMachineContext<Enum<?>, LifecycleTrigger>> children = List.of(leaf);
        StateMachineContext<Enum<?>, LifecycleTrigger> context =
                new DefaultStateMachineContext<Enum<?>, LifecycleTrigger>(children, to, null, null, null);
        machine.getStateMachineAccessor().withRegion().resetStateMachineReactively(context).block();
    }

    private static LifecycleState leafOf(StateMachine<Enum<?>, LifecycleTrigger> machine) {
        for (Enum<?> id : machine.getState().getIds()) {
            if (id instanceof LifecycleState leaf) {
                return leaf;
            }
        }
        throw new IllegalStateException("the machine is in no leaf state: " + machine.getState().getIds());
    }

    private StateMachine<Enum<?>, LifecycleTrigger> newMachine() {
        StateMachine<Enum<?>, LifecycleTrigger> machine = factory.getStateMachine();
        machine.startReactively().block();
        return machine;
    }
}
