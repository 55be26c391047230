package dev.wuye.complaint.examples.boot;

import java.util.List;

/** {@link TwoInstancesSlaScenario} on MariaDB with the {@code mariadb} profile, in a database of its own (one for both instances). */
class TwoInstancesSlaMariaDbIntegrationTest extends TwoInstancesSlaScenario {

    private String url;

    @Override
    List<String> databaseArguments() {
        if (url == null) {
            url = ServerDatabases.mariaDbDatabase();
        }
        return List.of("--spring.profiles.active=mariadb", "--spring.datasource.url=" + url);
    }
}
