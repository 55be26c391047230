package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The opt-in weekends-only policy warns once per year without data (slf4j-simple writes to System.err). */
class UnknownYearPolicyTest {

    @Test
    @DisplayName("WEEKENDS_ONLY logs one warning per year without data, however often the year is used")
    void one_warning_per_year() {
        WorkingDayCalendar lenient = WorkingDayCalendar.chinaMainland().toBuilder()
                .unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY).build();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 5; i++) {
                lenient.isWorkingDay(LocalDate.of(2041, 3, 1 + i));
                lenient.plusWorkingDays(LocalDate.of(2041, 5, 1), 10);
            }
            lenient.isWorkingDay(LocalDate.of(2042, 3, 2));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log.split("No holiday data for 2041", -1)).hasSize(2);
        assertThat(log.split("No holiday data for 2042", -1)).hasSize(2);
        assertThat(log).contains("WARN").contains("holiday-cn");
    }
}
