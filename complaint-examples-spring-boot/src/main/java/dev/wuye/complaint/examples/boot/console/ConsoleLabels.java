package dev.wuye.complaint.examples.boot.console;

import java.lang.reflect.Method;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words for the console: the procedure's enums, command names and command fields in the reader's language.
 * A message of {@code messages/console*.properties} wins; else Chinese takes the enum's own {@code label()}
 * (the procedure's term) and English a readable form of the constant or class name.
 */
@Component
public class ConsoleLabels {

    private final MessageSource messages;

    /**
     * Creates the labels.
     *
     * @param messages the application's messages
     */
    public ConsoleLabels(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Whether a locale reads English (every other language reads Chinese).
     *
     * @param locale the reader's locale
     * @return {@code true} for English
     */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * An enum constant in words.
     *
     * @param value  the constant; {@code null} gives an empty text
     * @param locale the reader's locale
     * @return the label
     */
    public String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        return constant(value.getDeclaringClass(), value.name(), locale);
    }

    /**
     * A constant of an enum given by its name (as snapshots keep them) in words.
     *
     * @param type   the enum type
     * @param name   the constant's name; {@code null} or unknown names are shown as they are
     * @param locale the reader's locale
     * @return the label
     */
    public String constant(Class<?> type, String name, Locale locale) {
        if (name == null) {
            return "";
        }
        String key = "enum." + type.getSimpleName() + "." + name;
        String message = messages.getMessage(key, null, null, locale);
        if (message != null) {
            return message;
        }
        if (!english(locale) && type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(name)) {
                    String label = label(c);
                    if (label != null) {
                        return label;
                    }
                }
            }
        }
        return words(name.replace('_', ' '));
    }

    /**
     * A command in words: {@code 批准方案} / {@code Approve solution}.
     *
     * @param simpleName the command record's simple name (as the audit trail keeps it)
     * @param locale     the reader's locale
     * @return the name
     */
    public String command(String simpleName, Locale locale) {
        String message = messages.getMessage("command." + simpleName, null, null, locale);
        return message != null ? message : words(simpleName.replaceAll("([a-z])([A-Z])", "$1 $2"));
    }

    /**
     * A command field in words.
     *
     * @param field  the record component's name
     * @param locale the reader's locale
     * @return the label
     */
    public String field(String field, Locale locale) {
        String message = messages.getMessage("field." + field, null, null, locale);
        return message != null ? message : words(field.replaceAll("([a-z])([A-Z])", "$1 $2"));
    }

    /**
     * A console message.
     *
     * @param key    the key of {@code messages/console*.properties}
     * @param locale the reader's locale
     * @param args   its arguments
     * @return the text
     */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String label(Object constant) {
        try {
            Method m = constant.getClass().getMethod("label");
            Object v = m.invoke(constant);
            return v == null ? null : v.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** "APPROVE SOLUTION" or "Approve Solution" → "Approve solution". */
    private static String words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
