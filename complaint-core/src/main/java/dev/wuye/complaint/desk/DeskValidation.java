package dev.wuye.complaint.desk;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the Jakarta {@link Validator} the desk checks commands with: Hibernate Validator, the
 * library's own message bundle {@value #BUNDLE} (English and Simplified Chinese; every message
 * names its field), a fixed locale and the desk's clock for {@code @PastOrPresent}.
 *
 * <p>The bundle has its own name so that a host's {@code ValidationMessages.properties} neither
 * hides nor is hidden by it. A host supplying its own validator must resolve the {@code wuye.*}
 * message keys from this bundle (e.g. with {@link #messageInterpolator(Locale)}).
 */
public final class DeskValidation {

    /** The message bundle's base name. */
    public static final String BUNDLE = "dev.wuye.complaint.desk.ValidationMessages";

    /** The locales the bundle speaks. */
    public static final Set<Locale> LOCALES = Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static final Map<Locale, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

    private DeskValidation() {
    }

    /**
     * A message interpolator for the library's bundle in one locale.
     *
     * @param locale the messages' locale ({@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH})
     * @return the interpolator
     */
    public static ResourceBundleMessageInterpolator messageInterpolator(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator(BUNDLE, DeskValidation.class.getClassLoader()),
                LOCALES, locale, context -> locale, false);
    }

    /**
     * One message of the bundle, for checks the desk makes outside validation (an unknown case id).
     *
     * @param key    the message key
     * @param locale the locale
     * @return the message
     */
    static String message(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, DeskValidation.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /**
     * A validator for the desk's commands in a locale, with {@code @PastOrPresent} judged by the
     * clock. The underlying factory (costly to build) is built once per locale and shared.
     *
     * @param locale the messages' locale
     * @param clock  the clock {@code @PastOrPresent} compares with
     * @return the validator, thread-safe
     */
    public static Validator validator(Locale locale, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        ValidatorFactory factory = FACTORIES.computeIfAbsent(locale, l -> validatorFactory(l, Clock.systemUTC()));
        return factory.usingContext().clockProvider(() -> clock).getValidator();
    }

    /**
     * A new validator factory for the desk's commands. The caller owns it and closes it when done.
     *
     * @param locale the messages' locale
     * @param clock  the clock {@code @PastOrPresent} compares with
     * @return the factory
     */
    public static ValidatorFactory validatorFactory(Locale locale, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(messageInterpolator(locale))
                .clockProvider(() -> clock)
                .buildValidatorFactory();
    }
}
