package dev.wuye.complaint.sla;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded memory: a year of daily SLA sweeps over 100,000 open cases, with a quarter of them closed and
 * replaced every day, runs in a child JVM limited to 128 MB of heap. Every case lapses (it is closed a day
 * after its three-working-day limit, R-4.7.1), so over the year some 9 million cases come and go and each
 * fires at least one alert: a ledger that kept every key it ever fired would need gigabytes. The sweep
 * forgets the keys of closed cases and fires alerts as it finds them.
 */
class SlaYearOfSweepsMemoryTest {

    @Test
    @DisplayName("R-4.7.1 a year of sweeps over 100,000 open cases runs at -Xmx128m")
    void a_year_of_sweeps_runs_in_128_mb() throws Exception {
        Path out = Files.createTempFile("year-of-sweeps", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), YearOfSweeps.class.getName(), "100000"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        assertThat(ended).as("the child ended").isTrue();
        assertThat(child.exitValue()).as("exit status; output:%n%s", tail(output)).isZero();
        assertThat(output).contains("swept 365 days");
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

}
