package dev.wuye.complaint.desk;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.Map;

/**
 * What a constraint of the library tells the desk beyond its template: the offending value when the
 * violation is reported on a field below the validated object (a class-level constraint), and the
 * limits the message names. Carried as Hibernate Validator's dynamic payload; read by
 * {@link CommandValidation}.
 *
 * @param value     the offending value; {@code null} when it is the violation's invalid value
 * @param arguments named message arguments, e.g. {@code latest}
 */
record ViolationDetail(Object value, Map<String, String> arguments) {

    ViolationDetail {
        arguments = Map.copyOf(arguments);
    }

    /**
     * Reports one violation with a template, on the validated value itself or on a path below it.
     *
     * @param context  the validator's context
     * @param template the message template
     * @param detail   the detail
     * @param path     property names from the validated object down to the field; empty for the value itself
     */
    static void report(ConstraintValidatorContext context, String template, ViolationDetail detail, String... path) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(detail);
        ConstraintValidatorContext.ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
        if (path.length == 0) {
            builder.addConstraintViolation();
            return;
        }
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
                builder.addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.addPropertyNode(path[i]);
        }
        node.addConstraintViolation();
    }
}
