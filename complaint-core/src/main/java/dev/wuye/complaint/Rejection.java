package dev.wuye.complaint;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A rule that says no: the one refusal value of the library. Wherever the library declines to do
 * something (a lifecycle step, an authority check, a rule of the procedure), it returns a
 * {@code Rejection} naming the rule — never an exception, never a bare string.
 *
 * <p>The message is not stored as text: it is a key into the library's message bundle
 * {@value #BUNDLE} plus its arguments, resolved in the caller's language with
 * {@link #message(Locale)}. The bundle speaks English ({@code Messages.properties}) and Simplified
 * Chinese ({@code Messages_zh_CN.properties}); a host adds a language (say {@code zh_TW}) by putting
 * {@code dev/wuye/complaint/Messages_zh_TW.properties} with the same keys on the classpath
 * ({@code docs/messages.md} lists the keys). {@code Messages_en.properties} is empty on purpose: it
 * makes English an explicit language, so a JVM whose default locale is Chinese still answers English
 * to a caller who asks for English.
 *
 * @param ruleId     the rule that says no, e.g. {@code R-4.3.1e}
 * @param messageKey the bundle key of the explanation, e.g. {@code rejection.solutionNotApproved}
 * @param args       the message's arguments ({@code {0}}, {@code {1}} … in the pattern), as text
 */
public record Rejection(String ruleId, String messageKey, List<String> args) {

    /** The message bundle's base name. */
    public static final String BUNDLE = "dev.wuye.complaint.Messages";

    /** Checks the components and copies the arguments. */
    public Rejection {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    /**
     * A rejection.
     *
     * @param ruleId     the rule
     * @param messageKey the bundle key
     * @param args       the arguments; each is turned into text with {@link String#valueOf(Object)}
     * @return the rejection
     */
    public static Rejection of(String ruleId, String messageKey, Object... args) {
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new Rejection(ruleId, messageKey, List.of(text));
    }

    /**
     * The explanation in a language: the bundle's pattern for {@link #messageKey()} in
     * {@code locale}, with the arguments filled in. A language the bundle does not speak gets the
     * JVM's default language if the bundle speaks it, else English (the base bundle). An
     * unknown key yields the key and its arguments, so a missing translation never hides a refusal.
     *
     * @param locale the caller's language
     * @return the message
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(messageKey);
        } catch (MissingResourceException e) {
            return messageKey + " " + args;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
    }

    /** The explanation in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** {@code "<ruleId>: <English message>"}. */
    @Override
    public String toString() {
        return ruleId + ": " + message();
    }
}
