package dev.wuye.complaint.desk;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant or date a command names lies in the desk's {@link InputWindow}: not before its earliest
 * date, and not after the desk's clock plus the clock skew ({@link Latest#CLOCK_SKEW}, for a
 * reception) or a year after the desk's clock ({@link Latest#ONE_YEAR}, for a month, week, quarter's
 * year or visit date). Applies to {@link java.time.Instant}, {@link java.time.LocalDate},
 * {@link java.time.YearMonth} and an {@code int} year; {@code null} is valid (pair it with
 * {@code @NotNull}). The message names the field, the value and the limit it broke.
 *
 * <p>The desk judges by its own clock, zone and window; a host's own validator judges by the system
 * clock in UTC and {@link InputWindow#DEFAULT}.
 */
@Documented
@Constraint(validatedBy = InDeskWindowValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InDeskWindow {

    /** The template for a value after the window's end. */
    String message() default "{wuye.time.tooLate}";

    /** The template for a value before the window's earliest date. */
    String tooEarly() default "{wuye.time.tooEarly}";

    /** Where the window ends. */
    Latest latest() default Latest.ONE_YEAR;

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Where a window ends. */
    enum Latest {
        /** The desk's clock plus the window's clock skew: a reception is not in the future. */
        CLOCK_SKEW,
        /** A year after the desk's clock (in the desk's zone). */
        ONE_YEAR
    }
}
