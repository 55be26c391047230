package dev.wuye.complaint.examples.jdbc;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.ActivityLogContract;

/** The JDBC store keeps the activity log's contract on Postgres; see {@link TestDatabases} for where and when it skips. */
class JdbcStoragePostgresActivityLogTest implements ActivityLogContract {

    @Override
    public Storage activityStorage() {
        return new JdbcStorage(TestDatabases.cleanDataSource(TestDatabases.Db.POSTGRESQL));
    }
}
