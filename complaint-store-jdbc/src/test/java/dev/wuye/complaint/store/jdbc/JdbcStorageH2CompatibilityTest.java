package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.StorageCompatibilityKit;

/** The JDBC store passes the whole persistence TCK on H2; see {@link TestDatabases} for where and when it skips. */
class JdbcStorageH2CompatibilityTest extends StorageCompatibilityKit {

    @Override
    protected Storage createStorage() {
        return new JdbcStorage(TestDatabases.cleanDataSource(TestDatabases.Db.H2));
    }
}
