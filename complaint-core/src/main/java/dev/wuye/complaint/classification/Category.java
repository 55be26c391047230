package dev.wuye.complaint.classification;

import java.util.Objects;

/**
 * One category of opinion (维修与设施, 安全秩序 …), as stored by {@link #code()} in
 * {@code CaseSnapshot.category}.
 *
 * @param code    the stored code, e.g. {@code REPAIRS_FACILITIES}
 * @param labelZh the Chinese label used on the forms
 * @param labelEn the English label
 */
public record Category(String code, String labelZh, String labelEn) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        if (code.isBlank()) {
            throw new IllegalArgumentException("category code must not be blank");
        }
    }
}
