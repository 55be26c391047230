package dev.wuye.complaint.examples.quickstart;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OneComplaintWalkthroughTest {

    @Test
    @DisplayName("the quickstart walks one valid complaint to FILED, shows a rejection naming its rule, and prints the audit trail")
    void runsToTheArchive() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new OneComplaintWalkthrough(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("R-4.3.2c: only the head");
        assertThat(out).contains("-> 归档 已归档 (FILED)");
        assertThat(out).contains("audit trail of QS0001");
        assertThat(out.lines().filter(l -> l.startsWith("  v"))).hasSize(11);
        assertThat(out).doesNotContain("13812345678");
    }
}
