package dev.wuye.complaint.store;

import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.tck.StorageCompatibilityKit;

/** The in-memory store, the embedded default, passes the whole persistence TCK. */
class InMemoryStorageCompatibilityTest extends StorageCompatibilityKit {

    @Override
    protected Storage createStorage() {
        return new InMemoryStorage();
    }
}
