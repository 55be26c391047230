package dev.wuye.complaint.store;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.ActivityLogContract;

/** The in-memory store keeps the activity log's contract. */
class InMemoryActivityLogTest implements ActivityLogContract {

    @Override
    public Storage activityStorage() {
        return new InMemoryStorage();
    }
}
