package dev.wuye.complaint.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link CollectOnlineOpinions} recorded (R-4.2.1c): one collection run.
 *
 * @param recordId      the run's id, {@code OC-<department>-<instant>}: the subject of its activity entry
 * @param department    the department
 * @param collectorId   the receiver who ran it
 * @param at            when it was recorded
 * @param opinionsFound how many online opinions it found
 * @param openedCaseIds the cases it opened
 */
public record OnlineCollectionRun(String recordId, String department, String collectorId, Instant at,
                                  int opinionsFound, List<String> openedCaseIds) implements PeriodResult {

    /** Checks the components (required ones non-null) and copies the list. */
    public OnlineCollectionRun {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(collectorId, "collectorId");
        Objects.requireNonNull(at, "at");
        openedCaseIds = List.copyOf(openedCaseIds);
    }
}
