package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.Storage;

import java.util.List;

import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;

/**
 * What every contract of the kit stands on: the storage under test, and the two writes most checks
 * begin with. {@link StorageCompatibilityKit} implements {@link #storage()} in each of its groups; a
 * test class that runs one contract alone implements it itself, returning one fresh, empty storage per
 * test (the same one for the whole test).
 */
public interface StorageContract {

    /** Threads the concurrency checks start. */
    int THREADS = 4;

    /**
     * The storage under test in the current test: the same instance for the whole test.
     *
     * @return the storage
     */
    Storage storage();

    /**
     * The case store of {@link #storage()}.
     *
     * @return the case store
     */
    default CaseStore cases() {
        return storage().cases();
    }

    /**
     * Saves a new case (expected version 0) with one {@code Receive} audit entry.
     *
     * @param s the snapshot, version 1
     * @return {@code s}
     */
    default CaseSnapshot intake(CaseSnapshot s) {
        cases().save(s, 0, List.of(audit(s, "Receive")));
        return s;
    }

    /**
     * Saves the next version of a case, with one more note and one {@code AddNote} audit entry.
     *
     * @param current the stored snapshot
     * @param note    the note's text
     * @return the saved snapshot
     */
    default CaseSnapshot update(CaseSnapshot current, String note) {
        CaseSnapshot n = next(current, note);
        cases().save(n, current.version(), List.of(audit(n, "AddNote")));
        return n;
    }
}
