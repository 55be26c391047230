package dev.wuye.complaint.examples.boot.console;

import java.util.Locale;

/** The library's languages: its rejections and field messages come in English and Simplified Chinese. */
final class Messages {

    private Messages() {
    }

    /**
     * The library's language for a reader.
     *
     * @param locale the reader's locale
     * @return English, or Simplified Chinese for every other language
     */
    static Locale language(Locale locale) {
        return ConsoleLabels.english(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
