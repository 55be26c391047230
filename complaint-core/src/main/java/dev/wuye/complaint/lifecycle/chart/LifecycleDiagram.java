package dev.wuye.complaint.lifecycle.chart;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.lifecycle.internal.ChartModel;
import dev.wuye.complaint.lifecycle.internal.ChartModel.Edge;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle as a Mermaid {@code stateDiagram-v2}, generated from the Spring Statemachine definition
 * itself (read back from a built machine), never from a second table: one composite state per
 * {@link Phase}, Chinese labels, guards in brackets on the edges, internal (self) transitions listed
 * inside their state. The README embeds this output between {@value #BEGIN_MARKER} and
 * {@value #END_MARKER}.
 */
public final class LifecycleDiagram {

    /** The marker line before the diagram block in the README. */
    public static final String BEGIN_MARKER = "<!-- lifecycle:begin -->";
    /** The marker line after the diagram block in the README. */
    public static final String END_MARKER = "<!-- lifecycle:end -->";

    private static final String INDENT = "    ";

    private LifecycleDiagram() {
    }

    /**
     * The diagram source, without the Markdown fence.
     *
     * @return Mermaid text, lines separated by {@code \n}, ending with a newline
     */
    public static String mermaid() {
        ChartModel model = ChartModel.standard();
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        line(out, 1, "[*] --> " + model.initialPhase().name());
        for (Phase phase : model.phases().keySet()) {
            List<LifecycleState> leaves = model.phases().get(phase);
            line(out, 1, "state \"" + phase.label() + "\" as " + phase.name() + " {");
            if (phase == model.initialPhase()) {
                line(out, 2, "[*] --> " + model.initialState().name());
            }
            for (LifecycleState leaf : leaves) {
                line(out, 2, "state \"" + leaf.label() + "\" as " + leaf.name());
                List<String> internal = model.transitions().stream()
                        .filter(e -> e.internal() && e.source() == leaf)
                        .map(LifecycleDiagram::edgeLabel).toList();
                if (!internal.isEmpty()) {
                    line(out, 2, leaf.name() + " : 内部 " + String.join("、", internal));
                }
            }
            Set<LifecycleState> inPhase = Set.copyOf(leaves);
            for (Edge e : model.transitions()) {
                if (!e.internal() && inPhase.contains(e.source()) && inPhase.contains(e.target())) {
                    line(out, 2, e.source().name() + " --> " + e.target().name() + " : " + edgeLabel(e));
                }
            }
            line(out, 1, "}");
        }
        for (Edge e : model.transitions()) {
            if (!e.internal() && e.source().phase() != e.target().phase()) {
                line(out, 1, e.source().name() + " --> " + e.target().name() + " : " + edgeLabel(e));
            }
        }
        // A state no transition leaves is final.
        Set<LifecycleState> left = model.transitions().stream().map(Edge::source).collect(Collectors.toSet());
        for (LifecycleState s : model.states()) {
            if (left.contains(s)) {
                continue;
            }
            line(out, 1, s.name() + " --> [*]");
        }
        return out.toString();
    }

    /**
     * The block the README holds between the markers: the diagram in a {@code mermaid} fence.
     *
     * @return the fenced block, ending with a newline
     */
    public static String readmeBlock() {
        return "```mermaid\n" + mermaid() + "```\n";
    }

    private static String edgeLabel(Edge e) {
        return e.guard() == null ? e.trigger().label() : e.trigger().label() + " [" + e.guard().label() + "]";
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }
}
