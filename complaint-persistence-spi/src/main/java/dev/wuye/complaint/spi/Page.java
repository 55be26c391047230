package dev.wuye.complaint.spi;

import java.util.List;
import java.util.Objects;

/**
 * One page of a keyset-paged query.
 *
 * @param items      the items, in the query's order, at most the requested limit
 * @param nextCursor the cursor to pass for the next page, {@code null} when this is the last page
 * @param <T>        item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
