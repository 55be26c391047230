package dev.wuye.complaint.boot.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wuye.complaint.calendar.CalendarDataException;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms an entry of {@code wuye.complaint.calendar.data} may take, and a reload being all or nothing. The
 * notices written here are test fixtures, not the State Council's.
 */
class CalendarReloaderTest {

    /** TEST FIXTURE: 元旦 2027 and a made-up day off on Monday 4 January 2027. */
    static final String FIXTURE_2027 = """
            {"year": 2027, "papers": ["TEST FIXTURE, not the State Council notice"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "测试用假日（非官方）", "date": "2027-01-04", "isOffDay": true}]}
            """;
    /** TEST FIXTURE: 元旦 2028 only. */
    static final String FIXTURE_2028 = """
            {"year": 2028, "papers": ["TEST FIXTURE, not the State Council notice"], "days": [
              {"name": "元旦", "date": "2028-01-01", "isOffDay": true}]}
            """;

    @TempDir
    Path dir;

    static final LocalDate MONDAY_4_JAN_2027 = LocalDate.of(2027, 1, 4);

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private CalendarReloader reloader(LiveCalendar live, List<String> locations) {
        return new CalendarReloader(live, locations, getClass().getClassLoader());
    }

    @Test
    @DisplayName("A plain path, a file: URI and a directory are read; the notices become official")
    void pathsAndDirectories() throws IOException {
        Path file = write("2027.json", FIXTURE_2027);
        LiveCalendar live = LiveCalendar.chinaMainland();
        CalendarSummary s = reloader(live, List.of(file.toString())).reload();
        assertThat(s.officialYears()).contains(2027);
        assertThat(live.current().isWorkingDay(MONDAY_4_JAN_2027)).isFalse();

        assertThat(reloader(LiveCalendar.chinaMainland(), List.of(file.toUri().toString())).reload().officialYears())
                .contains(2027);

        write("2028.json", FIXTURE_2028);
        CalendarSummary both = reloader(LiveCalendar.chinaMainland(), List.of(dir.toString())).reload();
        assertThat(both.officialYears()).contains(2027, 2028);
        assertThat(both.provisionalYears()).doesNotContain(2027, 2028).contains(2029);
    }

    @Test
    @DisplayName("A classpath: entry is read with the given class loader")
    void classpathResource() throws IOException {
        Files.createDirectories(dir.resolve("holiday-cn"));
        write("holiday-cn/2027.json", FIXTURE_2027);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            LiveCalendar live = LiveCalendar.chinaMainland();
            new CalendarReloader(live, List.of("classpath:/holiday-cn/2027.json"), loader).reload();
            assertThat(live.current().officialData()).containsKey(2027);
        }
    }

    @Test
    @DisplayName("A reload is all or nothing: a bad second location leaves the first one's notice out too")
    void allOrNothing() throws IOException {
        Path good = write("2027.json", FIXTURE_2027);
        LiveCalendar live = LiveCalendar.chinaMainland();
        WorkingDayCalendar before = live.current();
        CalendarReloader r = reloader(live, List.of(good.toString(), dir.resolve("missing.json").toString()));
        assertThatThrownBy(r::reload).isInstanceOf(CalendarDataException.class).hasMessageContaining("missing.json");
        assertThat(live.current()).isSameAs(before);
        assertThat(r.summary().provisionalYears()).contains(2027);
    }

    @Test
    @DisplayName("No location configured: a reload changes nothing; a blank or malformed entry is refused")
    void emptyBlankAndMalformed() {
        LiveCalendar live = LiveCalendar.chinaMainland();
        WorkingDayCalendar before = live.current();
        assertThat(reloader(live, List.of()).reload()).isEqualTo(CalendarSummary.of(before));
        assertThat(live.current()).isSameAs(before);

        assertThatThrownBy(() -> reloader(live, List.of(" "))).isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("wuye.complaint.calendar.data");
        assertThatThrownBy(() -> reloader(live, List.of("file:relative/2027.json")).reload())
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("file:relative/2027.json");
        assertThat(live.current()).isSameAs(before);
    }
}
