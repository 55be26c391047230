package dev.wuye.complaint.examples.boot;

import dev.wuye.complaint.desk.ComplaintDesk;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One {@link ComplaintDesk} per supported language, all on the same storage: a desk's validation
 * messages are in the locale it was built with, so the API picks the desk of the request's
 * {@code Accept-Language} (Chinese unless English is asked for).
 */
public final class LocalizedDesks {

    private final ComplaintDesk chinese;
    private final ComplaintDesk english;

    /**
     * @param chinese the desk with Chinese messages (the default)
     * @param english the desk with English messages
     */
    public LocalizedDesks(ComplaintDesk chinese, ComplaintDesk english) {
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.english = Objects.requireNonNull(english, "english");
    }

    /** The desk of the current request's language. */
    public ComplaintDesk current() {
        return of(LocaleContextHolder.getLocale());
    }

    /**
     * The desk of a language.
     *
     * @param locale the language
     * @return the English desk for English, the Chinese one otherwise
     */
    public ComplaintDesk of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : chinese;
    }

    /** Both desks by language tag, for diagnostics. */
    public Map<String, ComplaintDesk> all() {
        return Map.of("zh-CN", chinese, "en", english);
    }
}
