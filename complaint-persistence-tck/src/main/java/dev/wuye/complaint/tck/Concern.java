package dev.wuye.complaint.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a group of the kit checks. Used instead of JUnit's {@code @DisplayName} so that
 * {@link KitDisplayNames} can put the name of the store's test class in front of it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Concern {

    /** The concern, as a phrase. */
    String value();
}
