package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The compiled engine and the Spring Statemachine reference engine agree: same next state or same
 * rejection, for single decisions and along whole walks.
 */
@Label("compiled engine agrees with the Spring Statemachine reference")
class EngineAgreementPropertiesTest {

    private final LifecycleEngine reference = LifecycleEngines.springStatemachine();
    private final LifecycleEngine compiled = LifecycleEngines.compiled();

    @Property(tries = 2000)
    @Label("same decision for any state, trigger and facts")
    void same_decision(@ForAll LifecycleState from, @ForAll LifecycleTrigger trigger,
                       @ForAll("facts") TransitionFacts facts) {
        assertThat(compiled.decide(from, trigger, facts)).isEqualTo(reference.decide(from, trigger, facts));
    }

    @Property(tries = 1000)
    @Label("same path for any sequence of triggers from any start state")
    void same_path(@ForAll LifecycleState start,
                   @ForAll @Size(min = 1, max = 30) List<@From("step") Step> steps) {
        List<Decision> referencePath = walk(reference, start, steps);
        List<Decision> compiledPath = walk(compiled, start, steps);
        assertThat(compiledPath).isEqualTo(referencePath);
    }

    /**
     * One step of a walk: usually a trigger the table (docs/lifecycle-transitions.md) lists for the current state, picked
     * by {@code pick}, so that walks get deep into the chart; sometimes any trigger at all.
     */
    record Step(boolean anyTrigger, LifecycleTrigger trigger, int pick, TransitionFacts facts) {
        LifecycleTrigger triggerIn(LifecycleState state) {
            List<LifecycleTrigger> listed = TransitionTable.moves().stream()
                    .filter(r -> r.from() == state).map(TransitionTable.Row::trigger).distinct().toList();
            return anyTrigger || listed.isEmpty() ? trigger : listed.get(pick % listed.size());
        }
    }

    private static List<Decision> walk(LifecycleEngine engine, LifecycleState start, List<Step> steps) {
        List<Decision> path = new ArrayList<>();
        LifecycleState state = start;
        for (Step step : steps) {
            Decision d = engine.decide(state, step.triggerIn(state), step.facts());
            path.add(d);
            if (d instanceof Decision.Move move) {
                state = move.target();
            }
        }
        return path;
    }

    @Provide
    Arbitrary<TransitionFacts> facts() {
        Arbitrary<Boolean> b = Arbitraries.of(true, false);
        return Combinators.combine(Arbitraries.of(Route.class), b, b, b, b, b).as(TransitionFacts::new);
    }

    @Provide
    Arbitrary<Step> step() {
        return Combinators.combine(Arbitraries.integers().between(0, 9).map(i -> i < 2),
                Arbitraries.of(LifecycleTrigger.class), Arbitraries.integers().between(0, 1000), facts())
                .as(Step::new);
    }
}
