package dev.wuye.complaint.lifecycle;

import dev.wuye.complaint.lifecycle.chart.LifecycleDiagram;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's lifecycle diagram is the one generated from the Spring Statemachine definition.
 *
 * <p>To regenerate it, run
 * {@code mvn -B -q -o -pl complaint-core -am test -Dtest=LifecycleDiagramTest -Dsurefire.failIfNoSpecifiedTests=false -Dlifecycle.diagram.write=true}:
 * the test then rewrites the block between the markers in {@code README.md} and passes.
 */
@DisplayName("README lifecycle diagram")
class LifecycleDiagramTest {

    static final String REGENERATE = "mvn -B -q -o -pl complaint-core -am test -Dtest=LifecycleDiagramTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dlifecycle.diagram.write=true";

    @Test
    @DisplayName("the README diagram equals the one generated from the state chart definition")
    void readme_diagram_is_generated_from_the_definition() throws IOException {
        Path readme = repositoryRoot().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(LifecycleDiagram.BEGIN_MARKER);
        int end = text.indexOf(LifecycleDiagram.END_MARKER);
        assertThat(begin).as("%s must contain the line %s (then run: %s)", readme, LifecycleDiagram.BEGIN_MARKER,
                REGENERATE).isGreaterThanOrEqualTo(0);
        assertThat(end).as("%s must contain the line %s after %s", readme, LifecycleDiagram.END_MARKER,
                LifecycleDiagram.BEGIN_MARKER).isGreaterThan(begin);
        String committed = text.substring(begin + LifecycleDiagram.BEGIN_MARKER.length(), end).strip() + "\n";
        String generated = LifecycleDiagram.readmeBlock();

        if (Boolean.getBoolean("lifecycle.diagram.write") && !committed.equals(generated)) {
            String updated = text.substring(0, begin + LifecycleDiagram.BEGIN_MARKER.length()) + "\n" + generated
                    + text.substring(end);
            Files.writeString(readme, updated, StandardCharsets.UTF_8);
            committed = generated;
        }
        assertThat(committed)
                .as("the lifecycle diagram in %s is out of date with the state chart; regenerate it with:%n  %s",
                        readme, REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    @DisplayName("the diagram shows every state in its phase and every guard of the chart")
    void diagram_shows_states_phases_and_guards() {
        String diagram = LifecycleDiagram.mermaid();
        assertThat(diagram).startsWith("stateDiagram-v2\n");
        for (Phase phase : Phase.values()) {
            assertThat(diagram).contains("state \"" + phase.label() + "\" as " + phase.name() + " {");
        }
        for (LifecycleState state : LifecycleState.values()) {
            assertThat(diagram).contains("state \"" + state.label() + "\" as " + state.name());
        }
        assertThat(diagram)
                .contains("AWAITING_CLASSIFICATION --> INVALID_AWAITING_CONFIRMATION : " + LifecycleTrigger.CLASSIFY.label()
                        + " [")
                .contains("CLOSED --> FILED : " + LifecycleTrigger.ARCHIVE.label() + " [")
                .contains("AWAITING_FOLLOW_UP --> INVESTIGATING : " + LifecycleTrigger.RECORD_FOLLOW_UP.label() + " [")
                .contains("FILED --> [*]");
    }

    /** The directory that holds {@code complaint-core}, found by walking up from the working directory. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("complaint-core"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no directory containing complaint-core above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
