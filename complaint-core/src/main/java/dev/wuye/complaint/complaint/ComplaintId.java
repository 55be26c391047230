package dev.wuye.complaint.complaint;

import dev.wuye.complaint.spi.ComplaintSnapshot;

import java.util.Objects;

/**
 * The id of a case (案件编号), unique per store.
 *
 * @param value at most {@link ComplaintSnapshot#MAX_ID_LENGTH} characters, not blank
 */
public record ComplaintId(String value) {

    public ComplaintId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > ComplaintSnapshot.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("complaint id must be 1.." + ComplaintSnapshot.MAX_ID_LENGTH
                    + " non-blank characters, was '" + value + "'");
        }
    }

    /** The id as stored. */
    @Override
    public String toString() {
        return value;
    }
}
