package dev.wuye.complaint.lifecycle.internal;

import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleEngine;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import java.util.List;
import java.util.Objects;

/**
 * The fast engine: the Spring Statemachine definition compiled once, at construction, into arrays indexed
 * by ordinal — {@code [state][trigger]} → the alternatives (guard, pre-built {@link Decision.Move}) in
 * evaluation order, plus a pre-built rejection for each cell.
 *
 * <p>Stateless after construction (all fields final, arrays never written again), so it is lock-free and
 * safe to share between threads; the hot path reads arrays, calls the very same {@link FactsGuard}
 * objects the Spring machine uses, and allocates nothing.
 */
public final class CompiledLifecycleEngine implements LifecycleEngine {

    /** One way out of a cell: taken when {@code guard} is {@code null} or holds. */
    private record Branch(FactsGuard guard, Decision.Move move) {
    }

    private static final Branch[] NONE = new Branch[0];

    /** {@code [state][trigger]} → alternatives in evaluation order; empty when the chart has no transition. */
    private final Branch[][][] branches;
    /** {@code [state][trigger]} → the rejection when no alternative is taken. */
    private final Decision.Reject[][] rejections;

    /** Compiles the standard chart ({@link ChartModel#standard()}). */
    public CompiledLifecycleEngine() {
        this(ChartModel.standard());
    }

    /**
     * Compiles a chart model.
     *
     * @param model the chart, read back from a built Spring machine
     */
    public CompiledLifecycleEngine(ChartModel model) {
        Objects.requireNonNull(model, "model");
        LifecycleState[] states = LifecycleState.values();
        LifecycleTrigger[] triggers = LifecycleTrigger.values();
        Decision.Move[] moveTo = new Decision.Move[states.length];
        for (LifecycleState s : states) {
            moveTo[s.ordinal()] = new Decision.Move(s);
        }
        branches = new Branch[states.length][triggers.length][];
        rejections = new Decision.Reject[states.length][triggers.length];
        for (LifecycleState s : states) {
            for (LifecycleTrigger t : triggers) {
                List<ChartModel.Edge> edges = model.from(s, t);
                Branch[] cell = edges.isEmpty() ? NONE : new Branch[edges.size()];
                for (int i = 0; i < cell.length; i++) {
                    ChartModel.Edge e = edges.get(i);
                    cell[i] = new Branch(e.guard(), moveTo[e.target().ordinal()]);
                }
                branches[s.ordinal()][t.ordinal()] = cell;
                // ChartModel guarantees guarded alternatives share one rejection.
                rejections[s.ordinal()][t.ordinal()] = edges.isEmpty() || edges.get(0).guard() == null
                        ? NoTransition.rejection(s, t)
                        : edges.get(0).guard().rejection();
            }
        }
    }

    @Override
    public Decision decide(LifecycleState from, LifecycleTrigger trigger, TransitionFacts facts) {
        // Explicit checks name the argument; ordinal() would throw a bare NullPointerException.
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(facts, "facts");
        int s = from.ordinal();
        int t = trigger.ordinal();
        Branch[] cell = branches[s][t];
        for (Branch b : cell) {
            if (b.guard == null || b.guard.test(facts)) {
                return b.move;
            }
        }
        return rejections[s][t];
    }
}
