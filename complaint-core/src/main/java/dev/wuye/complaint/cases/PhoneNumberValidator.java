package dev.wuye.complaint.cases;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/**
 * Judges {@link PhoneNumber}: the characters first (digits, spaces, {@code +}, {@code -}), then
 * {@link PhoneNumberUtil#isValidNumber}; a number without {@code +} must be a number of the
 * constraint's region.
 */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

    private static final Pattern CHARACTERS = Pattern.compile("[0-9+\\- ]*");
    private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private String region = "CN";

    /** Creates the validator (Hibernate Validator instantiates it). */
    public PhoneNumberValidator() {
    }

    @Override
    public void initialize(PhoneNumber constraint) {
        region = constraint.region();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!CHARACTERS.matcher(value).matches()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{wuye.customer.phone.pattern}").addConstraintViolation();
            return false;
        }
        return isPhoneNumber(value, region);
    }

    /**
     * Whether a value is a phone number: {@code +CC…} any valid international number, else a valid
     * number of the region. Spaces and dashes are ignored; a {@code +} elsewhere than first is not.
     *
     * @param value  the value, digits, spaces, {@code +} and {@code -}
     * @param region the region of a number without {@code +}
     * @return whether it is a phone number
     */
    static boolean isPhoneNumber(String value, String region) {
        String digits = SEPARATORS.matcher(value).replaceAll("");
        if (digits.isEmpty() || digits.lastIndexOf('+') > 0) {
            return false;
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(digits, region);
            return digits.startsWith("+") ? PHONES.isValidNumber(number) : PHONES.isValidNumberForRegion(number, region);
        } catch (NumberParseException e) {
            return false;
        }
    }
}
