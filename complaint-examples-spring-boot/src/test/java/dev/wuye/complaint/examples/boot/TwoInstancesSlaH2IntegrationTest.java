package dev.wuye.complaint.examples.boot;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** {@link TwoInstancesSlaScenario} on an H2 file database that both instances open (the default profile). */
class TwoInstancesSlaH2IntegrationTest extends TwoInstancesSlaScenario {

    @TempDir
    static Path dir;

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath()
                + ";LOCK_TIMEOUT=10000");
    }
}
