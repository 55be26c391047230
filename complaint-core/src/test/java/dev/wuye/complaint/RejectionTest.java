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
}
