package dev.wuye.complaint.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The categories opinions are classified into. The library ships a default for property management
 * ({@link #propertyManagement()}; project's choice: the procedure gives no category list); a host that
 * classifies differently supplies its own.
 */
public interface CategoryTaxonomy {

    /** All categories, in display order; codes are unique. */
    List<Category> categories();

    /** The category used when nothing else fits (其他). Must be one of {@link #categories()}. */
    Category fallback();

    /**
     * The category with a code.
     *
     * @param code the stored code; {@code null} gives empty
     * @return the category, or empty when unknown
     */
    default Optional<Category> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The category with a code, or the fallback for an unknown or missing code (so statistics still
     * count every case).
     *
     * @param code the stored code
     * @return the category
     */
    default Category resolve(String code) {
        return find(code).orElse(fallback());
    }

    /**
     * The default taxonomy for property management (see {@link PropertyManagementCategory}). Project's choice:
     * the procedure gives no categories beyond the four types of opinion (R-4.2.2a).
     *
     * @return the default taxonomy
     */
    static CategoryTaxonomy propertyManagement() {
        return PropertyManagementCategory.TAXONOMY;
    }

    /**
     * A host taxonomy.
     *
     * @param categories   the categories in display order, unique codes
     * @param fallbackCode the code of the catch-all category, one of them
     * @return the taxonomy
     */
    static CategoryTaxonomy of(List<Category> categories, String fallbackCode) {
        Map<String, Category> byCode = new LinkedHashMap<>();
        for (Category c : categories) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("duplicate category code: " + c.code());
            }
        }
        Category fallback = byCode.get(fallbackCode);
        if (fallback == null) {
            throw new IllegalArgumentException("fallbackCode " + fallbackCode + " is not one of the categories");
        }
        List<Category> list = List.copyOf(byCode.values());
        return new CategoryTaxonomy() {
            @Override
            public List<Category> categories() {
                return list;
            }

            @Override
            public Category fallback() {
                return fallback;
            }

            @Override
            public Optional<Category> find(String code) {
                return Optional.ofNullable(code == null ? null : byCode.get(code));
            }
        };
    }
}
