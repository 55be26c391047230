package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The compatibility kit every {@link Storage} implementation must pass: all the contracts of this
 * package on one storage.
 *
 * <p>Extend it in a test class and supply a fresh, empty storage per test:
 * <pre>{@code
 * class MyStorageCompatibilityTest extends StorageCompatibilityKit {
 *     @Override
 *     protected Storage createStorage() {
 *         return new MyStorage(freshDataSource());
 *     }
 * }
 * }</pre>
 *
 * <p>Each concern is a contract interface whose checks are {@code default} test methods:
 * {@link RoundTripContract}, {@link OptimisticConcurrencyContract}, {@link IdempotentIntakeContract},
 * {@link AuditTrailContract}, {@link PagedQueryContract}, {@link StatisticsReadContract}, {@link DueQueryContract}, the four record logs
 * ({@link VisitLogContract}, {@link DutyLogContract}, {@link ReviewLogContract},
 * {@link ReportSubmissionContract}, each a {@link RecordLogContract}), {@link ArchiveBatchContract},
 * {@link NoLostUpdatesContract}, {@link UnitOfWorkContract} and the jqwik property {@link StoreModelContract}. The kit composes them:
 * one {@code @Nested} group per JUnit contract, so that each concern keeps its own name in reports
 * (JUnit runs {@code @Nested} only on inner classes, which an interface cannot declare, and default
 * methods implemented by the kit itself would all be reported under the store's class), and the
 * property on the kit itself, because jqwik does not look into JUnit's {@code @Nested} classes but does
 * run a property inherited from an interface. Both engines must be on the test class path
 * ({@code junit-jupiter} and {@code jqwik}). A test class may also implement one contract alone.
 *
 * <p>The groups are declared once here, so Surefire names their reports after this class whichever store
 * runs them; a module that runs the kit for several stores turns on Surefire's phrased names (display
 * names, which start with the running test class) to give each store its own reports.
 *
 * <p>{@link #createStorage()} is called before every JUnit test and before every try of the property,
 * so a database-backed implementation empties its tables there. {@link #releaseStorage(Storage)} is
 * called after each JUnit test and each try.
 */
public abstract class StorageCompatibilityKit implements StoreModelContract {

    /** Threads the concurrency tests start. */
    protected static final int THREADS = StorageContract.THREADS;

    /** The storage under test in the current JUnit test. */
    protected Storage storage;

    /** Subclassed by a store's test class. */
    protected StorageCompatibilityKit() {
    }

    /**
     * A new storage holding nothing. Called before every test and every property try.
     *
     * @return the storage
     */
    protected abstract Storage createStorage();

    /**
     * Releases what {@link #createStorage()} acquired, after every JUnit test and property try. Does
     * nothing by default.
     *
     * @param storage the storage the test used
     */
    protected void releaseStorage(Storage storage) {
    }

    /** {@inheritDoc} Calls {@link #createStorage()}. */
    @Override
    public final Storage freshStorage() {
        return createStorage();
    }

    /** {@inheritDoc} Calls {@link #releaseStorage(Storage)}. */
    @Override
    public final void discardStorage(Storage storage) {
        releaseStorage(storage);
    }

    @BeforeEach
    void createStorageForTest() {
        storage = createStorage();
    }

    @AfterEach
    void releaseStorageAfterTest() {
        if (storage != null) {
            releaseStorage(storage);
        }
    }

    /** A group of the kit: one contract, run on the storage of the current test. */
    abstract class Group implements StorageContract {
        @Override
        public Storage storage() {
            return storage;
        }
    }

    @Nested
    @DisplayName("round trip - every component is read back as saved")
    class RoundTrip extends Group implements RoundTripContract {
    }

    @Nested
    @DisplayName("optimistic concurrency - a save names the version it read")
    class OptimisticConcurrency extends Group implements OptimisticConcurrencyContract {
    }

    @Nested
    @DisplayName("idempotent intake - one key, one case")
    class IdempotentIntake extends Group implements IdempotentIntakeContract {
    }

    @Nested
    @DisplayName("audit trail - append-only, ordered, in the same unit of work as the snapshot")
    class AuditTrail extends Group implements AuditTrailContract {
    }

    @Nested
    @DisplayName("paged queries - every criterion, every match exactly once")
    class PagedQueries extends Group implements PagedQueryContract {
    }

    @Nested
    @DisplayName("R-4.6.1 statistics read - the period's cases with only what the monthly tables count, never saved")
    class StatisticsReads extends Group implements StatisticsReadContract {
    }

    @Nested
    @DisplayName("R-4.7.1 due query - the open cases whose next due instant has come, from the stored value")
    class DueQueries extends Group implements DueQueryContract {
    }

    @Nested
    @DisplayName("R-4.5.1 visit log 《走访客户记录表》")
    class VisitLog extends Group implements VisitLogContract {
    }

    @Nested
    @DisplayName("R-4.3.1g duty handover log 《值班交接班记录表》")
    class DutyLog extends Group implements DutyLogContract {
    }

    @Nested
    @DisplayName("R-4.4.2d7 and R-4.5.3 reviews")
    class Reviews extends Group implements ReviewLogContract {
    }

    @Nested
    @DisplayName("R-4.6.2 report submissions")
    class Submissions extends Group implements ReportSubmissionContract {
    }

    @Nested
    @DisplayName("R-4.6.3 activity log of the periodic actions")
    class ActivityLog extends Group implements ActivityLogContract {
    }

    @Nested
    @DisplayName("R-4.8 archive batches")
    class ArchiveBatches extends Group implements ArchiveBatchContract {
    }

    @Nested
    @DisplayName("units of work - a command's writes are stored together or not at all")
    class UnitsOfWork extends Group implements UnitOfWorkContract {
    }

    @Nested
    @DisplayName("concurrency - updates through reload and retry are never lost")
    class NoLostUpdates extends Group implements NoLostUpdatesContract {
    }
}
