package dev.wuye.complaint.cases;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A customer's phone number as a receiver would write it down (R-4.2.3b): a mainland mobile number
 * (11 digits from {@code 13} to {@code 19}, e.g. {@code 13812345678}), a mainland landline with its
 * area code ({@code 010-12345678}, {@code 0755 12345678}) or an international number in {@code +CC}
 * form ({@code +85291234567}). Spaces and dashes between digits are allowed ({@code 138-1234-5678} is
 * valid); anything else, a number without digits, or digits that are no number in Google's
 * libphonenumber metadata is invalid. {@code null} is valid (the customer gave no number); a blank
 * string is left to the desk's text check, which refuses it as blank. The common mainland shapes are
 * judged without libphonenumber ({@link PhoneNumberValidator}).
 *
 * <p>Two templates: {@code {wuye.customer.phone.pattern}} when the value has a character other than
 * digits, spaces, {@code +} and {@code -}; else {@link #message()}.
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    /** The message template for digits that are no phone number. */
    String message() default "{wuye.customer.phone.invalid}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** The region a number without {@code +} is read in (ISO 3166 code). */
    String region() default "CN";
}
