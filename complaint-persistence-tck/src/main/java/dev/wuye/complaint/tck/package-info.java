/**
 * The persistence TCK: contract tests a storage implementation proves itself with.
 *
 * <p>Extend {@link dev.wuye.complaint.tck.StorageCompatibilityKit} in a test class, supply a fresh,
 * empty {@link dev.wuye.complaint.spi.Storage} from {@code createStorage()}, and every JUnit 5 test and
 * jqwik property of the kit runs against it. {@link dev.wuye.complaint.tck.Snapshots} builds the test
 * data and may be reused by other tests.
 */
package dev.wuye.complaint.tck;
