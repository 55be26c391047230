package dev.wuye.complaint;

import java.util.Locale;

/**
 * A result that is a "no": every refusal variant of the library's sealed result types
 * ({@code CommandResult.Rejected}, {@code Outcome.Refused}, {@code Verdict.Denied},
 * {@code Decision.Reject}) carries one {@link Rejection} and reads it the same way.
 */
public interface Refusal {

    /** The rule that says no, and why. */
    Rejection rejection();

    /** The rule that says no, e.g. {@code R-4.3.2c}. */
    default String ruleId() {
        return rejection().ruleId();
    }

    /** Why, in English. */
    default String message() {
        return rejection().message();
    }

    /**
     * Why, in a language.
     *
     * @param locale the caller's language
     * @return the message
     */
    default String message(Locale locale) {
        return rejection().message(locale);
    }
}
