package dev.wuye.complaint.spi;

import java.util.Objects;

/**
 * A due open case as the SLA sweep first sees it: its id and the version stored
 * ({@link CaseStore#streamDueIds}).
 *
 * @param id      the case id
 * @param version the version stored
 */
public record DueCase(String id, long version) {

    /** Checks the id is present. */
    public DueCase {
        Objects.requireNonNull(id, "id");
    }
}
