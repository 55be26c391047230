/**
 * The persistence TCK: contract tests a storage implementation proves itself with.
 *
 * <p>Extend {@link dev.wuye.complaint.tck.StorageCompatibilityKit} in a test class, supply a fresh,
 * empty {@link dev.wuye.complaint.spi.Storage} from {@code createStorage()}, and every JUnit 5 test and
 * jqwik property of the kit runs against it. The checks live in one contract interface per concern
 * (round trip, optimistic concurrency, idempotent intake, audit trail, paged queries, the four record
 * logs, archive batches, no lost updates, the model-based property), each extending
 * {@link dev.wuye.complaint.tck.StorageContract}; the kit runs each in a {@code @Nested} group of its own.
 * {@link dev.wuye.complaint.tck.Snapshots} builds the test data and may be reused by other tests.
 */
package dev.wuye.complaint.tck;
