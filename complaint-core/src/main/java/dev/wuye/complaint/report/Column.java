package dev.wuye.complaint.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A column of a form.
 *
 * @param key      a stable key, e.g. {@code customerName}
 * @param headerZh the Chinese header
 * @param headerEn the English header
 */
public record Column(String key, String headerZh, String headerEn) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(headerZh, "headerZh");
        Objects.requireNonNull(headerEn, "headerEn");
    }

    /**
     * The header in a language.
     *
     * @param locale zh for Chinese, anything else for English
     * @return the header
     */
    public String header(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? headerZh : headerEn;
    }
}
