package dev.wuye.complaint.examples.boot;

import java.util.List;

/** {@link TwoInstancesSlaScenario} on PostgreSQL with the {@code postgres} profile, in a schema of its own (one for both instances). */
class TwoInstancesSlaPostgresIntegrationTest extends TwoInstancesSlaScenario {

    private String url;

    @Override
    List<String> databaseArguments() {
        if (url == null) {
            url = ServerDatabases.postgresSchema();
        }
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url);
    }
}
