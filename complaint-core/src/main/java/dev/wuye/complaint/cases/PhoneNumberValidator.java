package dev.wuye.complaint.cases;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Judges {@link PhoneNumber}: the characters first (digits, spaces, {@code +}, {@code -}), then the
 * number. The common mainland shapes are judged by {@link #fast(String)} in a few dozen nanoseconds:
 * a mobile number whose first three digits libphonenumber's metadata gives to mobiles, and a landline
 * of a two-digit area code (010 Beijing, 02x) with its eight-digit local number (for 010 and 021 one
 * not starting {@code 100} or {@code 800}, for 021 not {@code 0}), as libphonenumber 8.13's metadata describes them.
 * Everything else — {@code +CC} international numbers, three-digit area codes, rarer prefixes — is
 * judged by Google's libphonenumber ({@link PhoneNumberUtil#isValidNumber}; a number without
 * {@code +} must be a number of the constraint's region), which costs microseconds per number and is
 * loaded on the first such number. The fast path only says what libphonenumber says
 * ({@code PhoneNumberFastPathPropertiesTest} cross-checks it).
 */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

    /** A verdict of the fast path. */
    enum Verdict {
        /** A phone number. */
        VALID,
        /** No phone number (no digits, a {@code +} after the first character). */
        INVALID,
        /** Not one of the shapes the fast path knows: libphonenumber decides. */
        ASK_LIBRARY
    }

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
        if (value == null || value.isBlank()) {
            return true; // a blank text is refused on its own ({@code desk.WellFormedTexts}), once
        }
        String compact = compact(value);
        if (compact == null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{wuye.customer.phone.pattern}").addConstraintViolation();
            return false;
        }
        return isPhoneNumber(compact, region);
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
        String compact = compact(value);
        if (compact == null) {
            return false;
        }
        Verdict v = region.equals("CN") ? fast(compact) : compact.isEmpty() ? Verdict.INVALID : Verdict.ASK_LIBRARY;
        return switch (v) {
            case VALID -> true;
            case INVALID -> false;
            case ASK_LIBRARY -> byLibrary(compact, region);
        };
    }

    /**
     * The value without spaces and dashes.
     *
     * @param value the value
     * @return digits and {@code +} only, or {@code null} when the value has another character
     */
    static String compact(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '-') {
                if (b == null) {
                    b = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (c >= '0' && c <= '9' || c == '+') {
                if (b != null) {
                    b.append(c);
                }
            } else {
                return null;
            }
        }
        return b == null ? value : b.toString();
    }

    /**
     * The fast path for numbers read in mainland China.
     *
     * @param compact digits and {@code +} only ({@link #compact(String)})
     * @return the verdict
     */
    static Verdict fast(String compact) {
        int n = compact.length();
        if (n == 0 || compact.lastIndexOf('+') > 0 || n == 1 && compact.charAt(0) == '+') {
            return Verdict.INVALID;
        }
        if (n != 11) {
            return Verdict.ASK_LIBRARY;
        }
        char c0 = compact.charAt(0);
        char c1 = compact.charAt(1);
        char c2 = compact.charAt(2);
        if (c0 == '1' && mobilePrefix(c1, c2)) {
            return Verdict.VALID;
        }
        if (c0 == '0' && c1 == '2' && c2 != '1' && c2 != '6') {
            return Verdict.VALID; // 020, 022-025, 027-029: any eight-digit local number
        }
        if (c0 == '0' && (c1 == '1' && c2 == '0' || c1 == '2' && c2 == '1')) {
            char d0 = compact.charAt(3);
            boolean reserved = (d0 == '1' || d0 == '8') && compact.charAt(4) == '0' && compact.charAt(5) == '0'
                    || c1 == '2' && d0 == '0';
            return reserved ? Verdict.ASK_LIBRARY : Verdict.VALID; // 010, 021: not 100…, 800…; 021 not 0…
        }
        return Verdict.ASK_LIBRARY;
    }

    /** 13x, 18x; 145 147; 15x and 19x but 4; 162 165 166 167; 17x but 4 and 9 (libphonenumber 8.13 metadata). */
    private static boolean mobilePrefix(char c1, char c2) {
        return switch (c1) {
            case '3', '8' -> between(c2, '0', '9');
            case '4' -> c2 == '5' || c2 == '7';
            case '5', '9' -> between(c2, '0', '9') && c2 != '4';
            case '6' -> c2 == '2' || c2 == '5' || c2 == '6' || c2 == '7';
            case '7' -> between(c2, '0', '8') && c2 != '4';
            default -> false;
        };
    }

    private static boolean between(char c, char from, char to) {
        return c >= from && c <= to;
    }

    private static boolean byLibrary(String compact, String region) {
        try {
            PhoneNumberUtil phones = Library.PHONES;
            Phonenumber.PhoneNumber number = phones.parse(compact, region);
            return compact.startsWith("+") ? phones.isValidNumber(number) : phones.isValidNumberForRegion(number, region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** libphonenumber, loaded (its metadata read) when a number first needs it. */
    private static final class Library {
        static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    }
}
