package dev.wuye.complaint.desk;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every text of a command is text a receiver would write down: no control character (the C0 range
 * and DEL and C1, except tab and line feed, and a carriage return only before a line feed), no
 * unpaired surrogate (no character at all, which a database stores as {@code ?} or refuses), and not
 * blank after trimming white space (including the ideographic space U+3000). Declared on
 * {@link Command}, so every command record is judged, every {@code String} component of it and of
 * the records it holds ({@code customer.name}, {@code routing.receiverId}, {@code visit.notes}, the
 * strings of a list) and the idempotency key. A {@code null} text is not judged here: whether a
 * field is required is its own {@code @NotNull} / {@code @NotBlank}. A blank value of a field
 * already refused by its {@code @NotBlank} is not reported twice.
 *
 * <p>Each bad field is one violation on its own path ({@code customer.name}), with the template
 * {@code {wuye.text.control}}, {@code {wuye.text.surrogate}} or {@code {wuye.text.blank}} (a
 * customer name: {@code {wuye.customer.name.blank}}) and the arguments {@code field},
 * {@code character} (e.g. {@code U+0000}) and {@code position} (1-based, in UTF-16 units).
 */
@Documented
@Inherited
@Constraint(validatedBy = WellFormedTextsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedTexts {

    /** The template of a blank text (the validator names the problem's own template). */
    String message() default "{wuye.text.blank}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
