package dev.wuye.complaint.examples.jdbc;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.ActivityLogContract;

/** The JDBC store keeps the activity log's contract on H2; see {@link TestDatabases} for where and when it skips. */
class JdbcStorageH2ActivityLogTest implements ActivityLogContract {

    @Override
    public Storage activityStorage() {
        return new JdbcStorage(TestDatabases.cleanDataSource(TestDatabases.Db.H2));
    }
}
