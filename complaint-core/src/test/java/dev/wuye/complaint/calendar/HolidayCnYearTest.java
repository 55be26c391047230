package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading next year's notice at run time from a holiday-cn JSON file, and rejecting bad files clearly. */
class HolidayCnYearTest {

    /** A plausible notice for 2027 (invented for the test): New Year's Day Friday, Spring Festival 2/6–2/13. */
    private static final String Y2027 = """
            {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
             "year": 2027, "papers": ["https://www.gov.cn/example"],
             "days": [
               {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
               {"name": "春节", "date": "2027-02-06", "isOffDay": true},
               {"name": "春节", "date": "2027-02-07", "isOffDay": true},
               {"name": "春节", "date": "2027-02-08", "isOffDay": true},
               {"name": "春节", "date": "2027-02-09", "isOffDay": true},
               {"name": "春节", "date": "2027-02-10", "isOffDay": true},
               {"name": "春节", "date": "2027-02-11", "isOffDay": true},
               {"name": "春节", "date": "2027-02-12", "isOffDay": true},
               {"name": "春节", "date": "2027-02-13", "isOffDay": true},
               {"name": "春节", "date": "2027-02-14", "isOffDay": false}
             ]}
            """;

    private static HolidayCnYear read(String json, String name) {
        return HolidayCnYear.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    @DisplayName("a host loads 2027 from a file at run time and counts across its Spring Festival")
    void load_next_year_from_a_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2027.json");
        Files.writeString(file, Y2027);
        WorkingDayCalendar before = WorkingDayCalendar.chinaMainland();
        WorkingDayCalendar after = before.toBuilder().load(file).build();

        assertThat(after.knownYears()).contains(2026, 2027);
        assertThat(after.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Monday in the festival").isFalse();
        assertThat(after.isWorkingDay(LocalDate.of(2027, 2, 14))).as("adjusted Sunday").isTrue();
        // Thu 2026-12-31 → [Fri 1/1 off, weekend] Mon 1/4 (1)
        assertThat(after.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        // Fri 2027-02-05 → Sun 2/14 (1), Mon 2/15 (2)
        assertThat(after.plusWorkingDays(LocalDate.of(2027, 2, 5), 2)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(before.knownYears()).as("the bundled calendar is unchanged").doesNotContain(2027);
    }

    @Test
    void a_years_file_may_hold_dates_of_the_neighbouring_year() {
        HolidayCnYear y = read("""
                {"year": 2030, "papers": [], "days": [
                  {"name": "元旦", "date": "2029-12-31", "isOffDay": true},
                  {"name": "元旦", "date": "2030-01-01", "isOffDay": true}]}""", "2030.json");
        assertThat(y.daysOff()).containsExactly(LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1));
    }

    @Test
    void malformed_json_names_the_file() {
        assertThatThrownBy(() -> read("{\"year\": 2027, \"days\": [", "2027.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void a_missing_file_names_the_file(@TempDir Path dir) {
        Path missing = dir.resolve("2031.json");
        assertThatThrownBy(() -> WorkingDayCalendar.builder().load(missing))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void a_bad_date_names_file_field_and_value() {
        assertThatThrownBy(() -> read("""
                {"year": 2027, "papers": [], "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "春节", "date": "2027-02-30", "isOffDay": true}]}""", "2027.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027.json")
                .hasMessageContaining("days[1].date")
                .hasMessageContaining("2027-02-30")
                .satisfies(e -> {
                    CalendarDataException c = (CalendarDataException) e;
                    assertThat(c.source()).isEqualTo("2027.json");
                    assertThat(c.field()).isEqualTo("days[1].date");
                    assertThat(c.value()).contains("2027-02-30");
                });
    }

    @Test
    void is_off_day_must_be_a_boolean() {
        assertThatThrownBy(() -> read("""
                {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "yes"}]}""",
                "2027.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("days[0].isOffDay")
                .hasMessageContaining("\"yes\"");
    }

    @Test
    void year_must_be_a_whole_number_in_range() {
        assertThatThrownBy(() -> read("{\"year\": \"2027\", \"days\": []}", "a.json"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("field year");
        assertThatThrownBy(() -> read("""
                {"year": 1850, "days": [{"name": "x", "date": "1850-01-01", "isOffDay": true}]}""", "b.json"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("1850");
        assertThatThrownBy(() -> read("{\"days\": []}", "c.json"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("field year")
                .hasMessageContaining("<missing>");
    }

    @Test
    void a_date_far_from_the_files_year_is_rejected() {
        assertThatThrownBy(() -> read("""
                {"year": 2027, "days": [{"name": "元旦", "date": "2029-01-01", "isOffDay": true}]}""", "2027.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("days[0].date")
                .hasMessageContaining("2029-01-01");
    }

    @Test
    void a_date_listed_twice_is_rejected() {
        assertThatThrownBy(() -> read("""
                {"year": 2027, "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": false}]}""", "2027.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("days[1].date")
                .hasMessageContaining("listed twice");
    }

    @Test
    @DisplayName("an empty days list is rejected: the notice has probably not been published yet")
    void empty_days_are_rejected() {
        assertThatThrownBy(() -> read("{\"year\": 2027, \"papers\": [], \"days\": []}", "2027.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("field days")
                .hasMessageContaining("not be published");
    }

    @Test
    void a_notice_contradicting_a_neighbouring_years_notice_is_rejected() {
        HolidayCnYear y2028 = read("""
                {"year": 2028, "days": [{"name": "元旦", "date": "2027-12-31", "isOffDay": true}]}""", "2028.json");
        HolidayCnYear y2027 = read("""
                {"year": 2027, "days": [{"name": "x", "date": "2027-12-31", "isOffDay": false}]}""", "2027.json");
        WorkingDayCalendar.Builder b = WorkingDayCalendar.builder().add(y2027).add(y2028);
        assertThatThrownBy(b::build)
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027-12-31")
                .hasMessageContaining("2027.json")
                .hasMessageContaining("2028.json");
    }

    @Test
    void a_later_notice_of_the_same_year_replaces_the_earlier_one() {
        HolidayCnYear first = read("""
                {"year": 2027, "days": [{"name": "春节", "date": "2027-02-20", "isOffDay": false}]}""", "first.json");
        HolidayCnYear second = read("""
                {"year": 2027, "days": [{"name": "春节", "date": "2027-02-15", "isOffDay": true}]}""", "second.json");
        WorkingDayCalendar c = WorkingDayCalendar.builder().add(first).add(second).build();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 20))).as("Saturday, no longer adjusted").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 15))).isFalse();
    }
}
