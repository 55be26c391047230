package dev.wuye.complaint.tck;

import org.junit.jupiter.api.DisplayNameGenerator;

import java.util.List;

/**
 * Names each {@code @Nested} group of the kit after the test class that runs it and its
 * {@link Concern}, e.g. {@code JdbcStorageH2CompatibilityTest - round trip ...}: the groups are
 * declared once in the kit, so without the runner's name every store's report would look the same.
 */
public final class KitDisplayNames extends DisplayNameGenerator.Standard {

    /** Used by JUnit through {@code @DisplayNameGeneration}. */
    public KitDisplayNames() {
    }

    @Override
    public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
        Concern concern = nestedClass.getAnnotation(Concern.class);
        String what = concern == null ? super.generateDisplayNameForNestedClass(enclosingInstanceTypes, nestedClass)
                : concern.value();
        return enclosingInstanceTypes.isEmpty() ? what
                : enclosingInstanceTypes.get(0).getSimpleName() + " - " + what;
    }
}
