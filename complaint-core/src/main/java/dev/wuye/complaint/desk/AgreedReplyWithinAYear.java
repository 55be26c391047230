package dev.wuye.complaint.desk;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-4.2.5b: the reply time agreed at intake is at most a year after the reception (one calendar
 * year in UTC; the project's choice — the procedure names no limit, and no reply is promised for a
 * year away). Reported on the property {@code agreedReplyBy} with the agreed time and the limit.
 * That it lies after the reception is {@link ReceiveOpinion#isAgreedReplyBy()}.
 */
@Documented
@Constraint(validatedBy = AgreedReplyWithinAYearValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AgreedReplyWithinAYear {

    /** The message template. */
    String message() default "{wuye.agreedReplyBy.tooLate}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
