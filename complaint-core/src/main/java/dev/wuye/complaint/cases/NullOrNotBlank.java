package dev.wuye.complaint.cases;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional text: {@code null} (not given) is valid; given, it must contain a character other
 * than white space — an empty string or one of spaces only is invalid (a receiver writes nothing
 * rather than blanks). Required texts use {@code @NotBlank}, which already refuses white space only.
 */
@Documented
@Constraint(validatedBy = NullOrNotBlankValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NullOrNotBlank {

    /** The message template; the library's commands name a key per field. */
    String message() default "{wuye.text.blank}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
