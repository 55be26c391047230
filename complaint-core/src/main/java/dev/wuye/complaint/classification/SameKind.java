package dev.wuye.complaint.classification;

import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * "The same kind of opinion" (同类意见, R-4.4.2d6, R-4.6.5): same category and same department.
 * Not the type of an opinion (inquiry, complaint …), which is {@code complaint.OpinionType}.
 *
 * @param category   the category code
 * @param department the handling department
 */
public record SameKind(String category, String department) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public SameKind {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(department, "department");
    }

    /**
     * The kind of a case.
     *
     * @param s the snapshot
     * @return its kind, or empty while it has no category
     */
    public static Optional<SameKind> of(CaseSnapshot s) {
        return s.category() == null ? Optional.empty() : Optional.of(new SameKind(s.category(), s.department()));
    }
}
