package dev.wuye.complaint.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.lifecycle.TransitionTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link LifecycleEngine} must do: exactly the state chart of docs/lifecycle-transitions.md. Each engine's
 * test extends this class and supplies the engine.
 */
abstract class LifecycleEngineContract {

    /** The engine under test. */
    protected abstract LifecycleEngine engine();

    static Stream<Row> moves() {
        return TransitionTable.moves().stream();
    }

    static Stream<Row> guardRejections() {
        return TransitionTable.guardRejections().stream();
    }

    static Stream<Row> noTransitionRejections() {
        return TransitionTable.noTransitionRejections().stream();
    }

    static Stream<Row> filedRejections() {
        return TransitionTable.filedRejections().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moves")
    @DisplayName("every row of the state chart moves the case to its target")
    void moves_as_the_table_says(Row row) {
        assertThat(engine().decide(row.from(), row.trigger(), row.facts())).isEqualTo(row.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardRejections")
    @DisplayName("a guard that says no rejects naming its rule")
    void guard_rejections_name_their_rule(Row row) {
        Decision decision = engine().decide(row.from(), row.trigger(), row.facts());
        Decision.Reject expected = (Decision.Reject) row.expected();
        assertThat(decision).isInstanceOf(Decision.Reject.class);
        Decision.Reject reject = (Decision.Reject) decision;
        assertThat(reject.ruleId()).isEqualTo(expected.ruleId());
        String text = TransitionTable.expectedText(expected);
        if (text.isEmpty()) {
            assertThat(reject.message()).isNotBlank();
        } else {
            assertThat(reject.message()).isEqualTo(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noTransitionRejections")
    @DisplayName("a trigger the state does not allow is rejected with the trigger's rule, naming the state")
    void triggers_without_a_row_are_rejected(Row row) {
        assertSameRejection(engine().decide(row.from(), row.trigger(), row.facts()), row.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filedRejections")
    @DisplayName("R-4.8.1 a filed case is never left, whatever the trigger")
    void filed_is_never_left(Row row) {
        assertSameRejection(engine().decide(row.from(), row.trigger(), row.facts()), row.expected());
    }

    /** The same rule and the same English text; the rejection's bundle key and arguments are the engine's. */
    private static void assertSameRejection(Decision actual, Decision expected) {
        assertThat(actual).isInstanceOf(Decision.Reject.class);
        assertThat(((Decision.Reject) actual).ruleId()).isEqualTo(((Decision.Reject) expected).ruleId());
        assertThat(((Decision.Reject) actual).message()).isEqualTo(TransitionTable.expectedText(expected));
    }

    @Test
    @DisplayName("many threads deciding at once get the same answers as one thread")
    void concurrent_decisions_agree_with_sequential_ones() throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.addAll(TransitionTable.moves());
        rows.addAll(TransitionTable.guardRejections());
        rows.addAll(TransitionTable.noTransitionRejections());
        List<Decision> sequential = rows.stream().map(r -> engine().decide(r.from(), r.trigger(), r.facts())).toList();

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Decision>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int offset = i * 17;
                Callable<List<Decision>> task = () -> {
                    start.await();
                    Decision[] out = new Decision[rows.size()];
                    for (int round = 0; round < 3; round++) {
                        for (int k = 0; k < rows.size(); k++) {
                            int j = (k + offset) % rows.size();
                            Row r = rows.get(j);
                            out[j] = engine().decide(r.from(), r.trigger(), r.facts());
                        }
                    }
                    return List.of(out);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<Decision>> f : results) {
                assertThat(f.get(2, TimeUnit.MINUTES)).containsExactlyElementsOf(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
