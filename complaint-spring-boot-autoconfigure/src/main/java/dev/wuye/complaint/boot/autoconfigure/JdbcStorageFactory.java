package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.store.jdbc.JdbcStorages;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * Opens the JDBC store; a class of its own so that the auto-configuration loads complaint-store-jdbc only when
 * it is on the class path.
 */
final class JdbcStorageFactory {

    private JdbcStorageFactory() {
    }

    /** The JDBC store on the data source, its schema migrated in its own Flyway history table. */
    static Storage open(DataSource dataSource, ZoneId zone) {
        return JdbcStorages.migrateAndOpen(dataSource, zone);
    }
}
