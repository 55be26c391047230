package dev.wuye.complaint.lifecycle.internal;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.Phase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.state.AbstractState;
import org.springframework.statemachine.state.State;
import org.springframework.statemachine.transition.Transition;
import org.springframework.statemachine.transition.TransitionKind;

/**
 * The state chart as read back from a machine built by {@link LifecycleChart}: the phases with their
 * substates and every transition with its {@link FactsGuard}. Plain Java, so that the compiled engine and
 * the diagram are derived from the Spring definition without touching Spring themselves.
 *
 * <p>Reading it back also checks what both engines rely on: for one (state, trigger) an unguarded
 * transition stands alone, and guarded alternatives share one rejection, so a "no" is the same whichever
 * guard is evaluated first.
 *
 * @param initialPhase the top-level initial state
 * @param initialState the initial substate of the initial phase (where a new Spring machine starts)
 * @param phases       each phase's substates, in declaration order of {@link LifecycleState}
 * @param transitions  every transition, ordered by source, trigger and target
 */
public record ChartModel(Phase initialPhase, LifecycleState initialState, Map<Phase, List<LifecycleState>> phases,
                         List<Edge> transitions) {

    /**
     * One transition of the chart.
     *
     * @param source   the source substate
     * @param trigger  the event
     * @param guard    the guard, or {@code null} if the transition is unguarded
     * @param target   the target substate (equals {@code source} for an internal transition)
     * @param internal whether this is an internal (self) transition: the state is not left
     */
    public record Edge(LifecycleState source, LifecycleTrigger trigger, FactsGuard guard,
                              LifecycleState target, boolean internal) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(target, "target");
        }
    }

    public ChartModel {
        Objects.requireNonNull(initialPhase, "initialPhase");
        Objects.requireNonNull(initialState, "initialState");
        phases = Collections.unmodifiableMap(new EnumMap<>(phases));
        transitions = List.copyOf(transitions);
        checkAlternatives(transitions);
    }

    private static void checkAlternatives(List<Edge> transitions) {
        Map<LifecycleState, Map<LifecycleTrigger, List<Edge>>> byPair = new EnumMap<>(LifecycleState.class);
        for (Edge e : transitions) {
            byPair.computeIfAbsent(e.source(), k -> new EnumMap<>(LifecycleTrigger.class))
                    .computeIfAbsent(e.trigger(), k -> new ArrayList<>()).add(e);
        }
        byPair.values().stream().flatMap(m -> m.values().stream()).filter(l -> l.size() > 1).forEach(alternatives -> {
            Edge first = alternatives.get(0);
            for (Edge e : alternatives) {
                if (e.guard() == null) {
                    throw new IllegalStateException("an unguarded transition must stand alone: " + e);
                }
                if (!e.guard().rejection().equals(first.guard().rejection())) {
                    throw new IllegalStateException("alternatives of " + first.source() + " + " + first.trigger()
                            + " must share one rejection: " + first.guard() + " vs " + e.guard());
                }
            }
        });
    }

    /** The model of the chart as {@link LifecycleChart} defines it (read once, then shared). */
    public static ChartModel standard() {
        return Holder.MODEL;
    }

    /**
     * Reads the chart from a built (not necessarily started) machine.
     *
     * @param machine a machine built from {@link LifecycleChart}
     * @return its model
     */
    public static ChartModel of(StateMachine<Enum<?>, LifecycleTrigger> machine) {
        Phase initial = (Phase) machine.getInitialState().getId();
        LifecycleState initialState = null;
        Map<Phase, List<LifecycleState>> phases = new EnumMap<>(Phase.class);
        Set<Transition<Enum<?>, LifecycleTrigger>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Edge> transitions = new ArrayList<>();
        collectTransitions(machine, seen, transitions);
        for (State<Enum<?>, LifecycleTrigger> top : machine.getStates()) {
            Phase phase = (Phase) top.getId();
            List<LifecycleState> leaves = new ArrayList<>();
            if (top.isSubmachineState()) {
                StateMachine<Enum<?>, LifecycleTrigger> sub = ((AbstractState<Enum<?>, LifecycleTrigger>) top).getSubmachine();
                for (State<Enum<?>, LifecycleTrigger> leaf : sub.getStates()) {
                    leaves.add((LifecycleState) leaf.getId());
                }
                leaves.sort(Comparator.naturalOrder());
                if (phase == initial) {
                    initialState = (LifecycleState) sub.getInitialState().getId();
                }
                collectTransitions(sub, seen, transitions);
            }
            phases.put(phase, List.copyOf(leaves));
        }
        List<Edge> ordered = new ArrayList<>(transitions);
        ordered.sort(Comparator.comparing(Edge::source).thenComparing(Edge::trigger).thenComparing(Edge::target));
        return new ChartModel(initial, initialState, phases, ordered);
    }

    private static void collectTransitions(StateMachine<Enum<?>, LifecycleTrigger> machine,
                                           Set<Transition<Enum<?>, LifecycleTrigger>> seen, List<Edge> out) {
        for (Transition<Enum<?>, LifecycleTrigger> t : machine.getTransitions()) {
            if (t.getKind() == TransitionKind.INITIAL || t.getTrigger() == null || !seen.add(t)) {
                continue;
            }
            LifecycleState source = (LifecycleState) t.getSource().getId();
            boolean internal = t.getKind() == TransitionKind.INTERNAL;
            LifecycleState target = internal ? source : (LifecycleState) t.getTarget().getId();
            FactsGuard guard = t.getName() == null || t.getName().isEmpty() ? null : ChartGuard.valueOf(t.getName());
            out.add(new Edge(source, t.getTrigger().getEvent(), guard, target, internal));
        }
    }

    /** The transitions leaving {@code source} on {@code trigger}, in evaluation order. */
    public List<Edge> from(LifecycleState source, LifecycleTrigger trigger) {
        return transitions.stream().filter(t -> t.source() == source && t.trigger() == trigger).toList();
    }

    /** All states in one collection, in phase order. */
    public Collection<LifecycleState> states() {
        return phases.values().stream().flatMap(List::stream).toList();
    }

    private static final class Holder {
        static final ChartModel MODEL = of(LifecycleChart.build());
    }
}
