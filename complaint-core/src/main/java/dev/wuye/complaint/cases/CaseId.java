package dev.wuye.complaint.cases;

import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.Objects;

/**
 * The id of a case (案件编号), unique per store.
 *
 * @param value at most {@link CaseSnapshot#MAX_ID_LENGTH} characters, not blank
 */
public record CaseId(String value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > CaseSnapshot.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("complaint id must be 1.." + CaseSnapshot.MAX_ID_LENGTH
                    + " non-blank characters, was '" + value + "'");
        }
    }

    /** The id as stored. */
    @Override
    public String toString() {
        return value;
    }
}
