package dev.wuye.complaint;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionTest {

    @Test
    void an_unknown_key_still_names_the_key_and_arguments() {
        Rejection r = Rejection.of("R-0", "rejection.noSuchKey", "a", 2);
        assertThat(r.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("rejection.noSuchKey [a, 2]");
        assertThat(r.toString()).isEqualTo("R-0: rejection.noSuchKey [a, 2]");
    }

    @Test
    void arguments_are_kept_as_text_so_equal_refusals_are_equal() {
        assertThat(Rejection.of("R-1", "k", 3, "x")).isEqualTo(Rejection.of("R-1", "k", "3", "x"));
    }

    @Test
    void english_is_answered_in_english_even_when_the_jvm_speaks_chinese() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            Rejection r = Rejection.of("R-4.3.1a", "case.handlerMissing");
            assertThat(r.message(Locale.ENGLISH)).isEqualTo("at least one handler must be assigned");
            assertThat(r.message()).isEqualTo("at least one handler must be assigned");
            assertThat(r.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(r.message()).contains("处理人");
        } finally {
            Locale.setDefault(before);
        }
    }
}
