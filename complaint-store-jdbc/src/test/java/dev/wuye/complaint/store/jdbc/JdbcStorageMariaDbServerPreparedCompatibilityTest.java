package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.StorageCompatibilityKit;

/**
 * The JDBC store passes the whole persistence TCK on MariaDB with server-side prepared statements, as
 * {@link JdbcPools#pool} configures the driver (results in the binary protocol); see {@link TestDatabases} for where
 * and when it skips.
 */
class JdbcStorageMariaDbServerPreparedCompatibilityTest extends StorageCompatibilityKit {

    @Override
    protected Storage createStorage() {
        return new JdbcStorage(TestDatabases.cleanDataSource(TestDatabases.Db.MARIADB_SERVER_PREPARED));
    }
}
