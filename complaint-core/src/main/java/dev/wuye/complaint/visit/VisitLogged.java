package dev.wuye.complaint.visit;

import dev.wuye.complaint.spi.VisitRecord;

import java.util.Objects;

/**
 * A visit in the visit log.
 *
 * @param visit     the stored record
 * @param duplicate {@code true} when a visit with this id was already stored (nothing changed)
 */
public record VisitLogged(VisitRecord visit, boolean duplicate) {

    /** Checks the component. */
    public VisitLogged {
        Objects.requireNonNull(visit, "visit");
    }
}
