package dev.wuye.complaint.cases;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Judges {@link NullOrNotBlank}: {@code null}, or a text with a character other than white space. */
public final class NullOrNotBlankValidator implements ConstraintValidator<NullOrNotBlank, CharSequence> {

    /** Creates the validator (Hibernate Validator instantiates it). */
    public NullOrNotBlankValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || !value.toString().isBlank();
    }
}
