package dev.wuye.complaint.desk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the Jakarta {@link Validator} the desk checks commands with: Hibernate Validator, the
 * library's own message bundle {@value #BUNDLE} (English and Simplified Chinese; every message
 * names its field) and the desk's clock for {@code @PastOrPresent}. The desk keeps each violation's
 * template and arguments and renders it per call ({@link CommandResult.FieldViolation#message(Locale)}),
 * so one desk answers callers in different languages; a host adds a language by putting
 * {@code dev/wuye/complaint/desk/ValidationMessages_<locale>.properties} on the class path.
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

    /** Hibernate Validator's own messages, for constraints whose template is not one of the library's keys. */
    private static final String HIBERNATE_BUNDLE = "org.hibernate.validator.ValidationMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Renders a violation's message template in a locale: a template that is one key in braces is
     * looked up in {@value #BUNDLE} (then in Hibernate Validator's messages), other text is kept;
     * then each {@code {name}} is replaced by the argument of that name.
     *
     * @param template  the template, e.g. {@code {wuye.caseId.size}}
     * @param arguments the named arguments, e.g. {@code max}
     * @param locale    the caller's language
     * @return the message
     */
    static String interpolate(String template, Map<String, String> arguments, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String text = template;
        if (template.length() > 2 && template.charAt(0) == '{' && template.indexOf('}') == template.length() - 1) {
            String key = template.substring(1, template.length() - 1);
            text = lookup(BUNDLE, key, locale);
            if (text == null) {
                text = lookup(HIBERNATE_BUNDLE, key, locale);
            }
            if (text == null) {
                text = template;
            }
        }
        for (Map.Entry<String, String> a : arguments.entrySet()) {
            text = text.replace("{" + a.getKey() + "}", a.getValue());
        }
        return text;
    }

    private static String lookup(String bundle, String key, Locale locale) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(bundle, locale, DeskValidation.class.getClassLoader(), NO_FALLBACK);
            return b.containsKey(key) ? b.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /**
     * A field violation from a Jakarta constraint violation: its template and the constraint's
     * attributes (without {@code message}, {@code groups}, {@code payload}).
     *
     * @param v     the violation
     * @param shown the rejected value as it may be shown (masked, abbreviated); nullable
     * @return the field violation
     */
    static CommandResult.FieldViolation violation(ConstraintViolation<?> v, String shown) {
        Map<String, String> args = new TreeMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (!name.equals("message") && !name.equals("groups") && !name.equals("payload")) {
                args.put(name, String.valueOf(value));
            }
        });
        ViolationDetail detail = detail(v);
        if (detail != null) {
            args.putAll(detail.arguments());
        }
        return new CommandResult.FieldViolation(v.getPropertyPath().toString(), v.getMessageTemplate(), args, shown);
    }

    /**
     * The detail a constraint of the library attached to its violation, if any.
     *
     * @param v the violation
     * @return the detail, or {@code null}
     */
    static ViolationDetail detail(ConstraintViolation<?> v) {
        if (v instanceof HibernateConstraintViolation<?> h) {
            return h.getDynamicPayload(ViolationDetail.class);
        }
        return null;
    }

    /**
     * A validator for the desk's commands with {@code @PastOrPresent} judged by the clock; its own
     * messages are English (the desk keeps templates and renders them per call).
     *
     * @param clock the clock {@code @PastOrPresent} compares with
     * @return the validator, thread-safe
     */
    public static Validator validator(Clock clock) {
        return validator(Locale.ENGLISH, clock);
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
        return validator(locale, clock, clock.getZone(), InputWindow.DEFAULT);
    }

    /**
     * A validator for the desk's commands in a locale, with {@code @PastOrPresent} and
     * {@link InDeskWindow} judged by the clock and the window (its dates taken in the zone). The
     * underlying factory (costly to build) is built once per locale and shared.
     *
     * @param locale the messages' locale
     * @param clock  the clock instants are compared with
     * @param zone   the zone the window's dates are taken in (the desk's zone)
     * @param window the window of plausible instants and dates
     * @return the validator, thread-safe
     */
    public static Validator validator(Locale locale, Clock clock, ZoneId zone, InputWindow window) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
        ValidatorFactory factory = FACTORIES.computeIfAbsent(locale, l -> validatorFactory(l, ClockedValidator.CALLER));
        return new ClockedValidator(factory.getValidator(), clock, zone, window);
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
