package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.StorageCompatibilityKit;

/** The JDBC store passes the whole persistence TCK on POSTGRESQL; see {@link TestDatabases} for where and when it skips. */
class JdbcStoragePostgresCompatibilityTest extends StorageCompatibilityKit {

    @Override
    protected Storage createStorage() {
        return new JdbcStorage(TestDatabases.cleanDataSource(TestDatabases.Db.POSTGRESQL));
    }
}
