package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading a year's notice while running: from a file, a directory, a URL or the classpath, swapped in
 * atomically; bad data is refused with the file and the entry named, and the calendar in use stays.
 */
class LiveCalendarTest {

    private static final LocalDate THU_2027_02_04 = LocalDate.of(2027, 2, 4);
    // provisionally: Tue 2/9 (1), Wed 2/10 (2), Thu 2/11 (3); with the fixture: Mon 2/15, Tue 2/16, Wed 2/17 (3)
    private static final LocalDate PROVISIONAL_3 = LocalDate.of(2027, 2, 11);
    private static final LocalDate FIXTURE_3 = LocalDate.of(2027, 2, 17);

    private final LiveCalendar live = LiveCalendar.chinaMainland();

    private static Path write(Path dir, String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    private void assertUnchanged(WorkingDayCalendar before) {
        assertThat(live.current()).isSameAs(before);
        assertThat(live.current().isProvisional(2027)).isTrue();
    }

    @Test
    @DisplayName("loading a file swaps the calendar: 2027 becomes official; earlier snapshots are unchanged")
    void load_a_file() {
        WorkingDayCalendar before = live.current();
        WorkingDayCalendar after = live.load(ProvisionalYearTest.fixture2027());
        assertThat(live.current()).isSameAs(after).isSameAs(live.get());
        assertThat(after.isProvisional(2027)).isFalse();
        assertThat(after.plusWorkingDays(THU_2027_02_04, 3)).isEqualTo(FIXTURE_3);
        assertThat(before.plusWorkingDays(THU_2027_02_04, 3)).isEqualTo(PROVISIONAL_3);
        assertThat(before.isProvisional(2027)).isTrue();
    }

    @Test
    @DisplayName("loading a directory reads every YYYY.json in it")
    void load_a_directory(@TempDir Path dir) throws IOException {
        Files.copy(ProvisionalYearTest.fixture2027(), dir.resolve("2027.json"));
        write(dir, "2028.json", """
                {"year": 2028, "papers": [], "days": [{"name": "元旦", "date": "2028-01-03", "isOffDay": true}]}""");
        write(dir, "README.txt", "not a notice");
        WorkingDayCalendar after = live.load(dir);
        assertThat(after.knownYears()).contains(2027, 2028);
        assertThat(after.provisionalYears().first()).isEqualTo(2029);
        assertThat(after.isWorkingDay(LocalDate.of(2028, 1, 3))).as("Monday off in the invented 2028 file").isFalse();
    }

    @Test
    @DisplayName("loading from a URL and from the classpath")
    void load_a_url_and_a_resource() throws IOException {
        WorkingDayCalendar fromUrl = live.load(ProvisionalYearTest.fixture2027().toUri().toURL());
        assertThat(fromUrl.plusWorkingDays(THU_2027_02_04, 3)).isEqualTo(FIXTURE_3);

        LiveCalendar other = LiveCalendar.chinaMainland();
        WorkingDayCalendar fromClasspath = other.loadResource(getClass().getClassLoader(),
                ProvisionalYearTest.FIXTURE_DIR + "/2027.json");
        assertThat(fromClasspath.plusWorkingDays(THU_2027_02_04, 3)).isEqualTo(FIXTURE_3);
        assertThat(fromClasspath.officialData().get(2027).source()).isEqualTo("classpath:" + ProvisionalYearTest.FIXTURE_DIR + "/2027.json");
    }

    @Test
    @DisplayName("a file that does not parse is refused, naming the file; the calendar in use is unchanged")
    void unparseable_file(@TempDir Path dir) throws IOException {
        WorkingDayCalendar before = live.current();
        Path f = write(dir, "2027.json", "{\"year\": 2027, \"days\": [");
        assertThatThrownBy(() -> live.load(f))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("not valid JSON");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("a day outside the notice's year is refused, naming the file, the entry and the date")
    void day_outside_the_year(@TempDir Path dir) throws IOException {
        WorkingDayCalendar before = live.current();
        Path f = write(dir, "2027.json", """
                {"year": 2027, "papers": [], "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "春节", "date": "2028-02-05", "isOffDay": true}]}""");
        assertThatThrownBy(() -> live.load(f))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("days[1].date")
                .hasMessageContaining("2028-02-05")
                .hasMessageContaining("outside the notice's year 2027");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("the same date both off and working is refused, naming the entry")
    void contradictory_entries(@TempDir Path dir) throws IOException {
        WorkingDayCalendar before = live.current();
        Path f = write(dir, "2027.json", """
                {"year": 2027, "papers": [], "days": [
                  {"name": "春节", "date": "2027-02-05", "isOffDay": true},
                  {"name": "春节", "date": "2027-02-05", "isOffDay": false}]}""");
        assertThatThrownBy(() -> live.load(f))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("days[1].date")
                .hasMessageContaining("2027-02-05")
                .hasMessageContaining("both as a day off and as a working day");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("a file named 2027.json holding another year's notice is refused")
    void file_name_and_content_disagree(@TempDir Path dir) throws IOException {
        WorkingDayCalendar before = live.current();
        Path f = write(dir, "2027.json", """
                {"year": 2028, "papers": [], "days": [{"name": "元旦", "date": "2028-01-01", "isOffDay": true}]}""");
        assertThatThrownBy(() -> live.load(f))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("field year")
                .hasMessageContaining("named 2027.json but holds the notice for 2028")
                .satisfies(e -> assertThat(((CalendarDataException) e).value()).isEqualTo("2028"));
        assertUnchanged(before);
    }

    @Test
    @DisplayName("a directory with one bad file is refused whole: the good file is not loaded either")
    void one_bad_file_refuses_the_directory(@TempDir Path dir) throws IOException {
        WorkingDayCalendar before = live.current();
        Files.copy(ProvisionalYearTest.fixture2027(), dir.resolve("2027.json"));
        write(dir, "2028.json", "not json");
        assertThatThrownBy(() -> live.load(dir))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2028.json");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("a notice contradicting a loaded neighbouring notice is refused, naming both files")
    void contradicts_the_neighbouring_notice(@TempDir Path dir) throws IOException {
        Path y2027 = write(dir, "2027.json", """
                {"year": 2027, "papers": [], "days": [{"name": "x", "date": "2027-12-31", "isOffDay": false}]}""");
        Path sub = Files.createDirectory(dir.resolve("later"));
        Path y2028 = write(sub, "2028.json", """
                {"year": 2028, "papers": [], "days": [{"name": "元旦", "date": "2027-12-31", "isOffDay": true}]}""");
        WorkingDayCalendar with2027 = live.load(y2027);
        assertThatThrownBy(() -> live.load(y2028))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027-12-31")
                .hasMessageContaining(y2027.toString())
                .hasMessageContaining(y2028.toString());
        assertThat(live.current()).isSameAs(with2027);
    }

    @Test
    @DisplayName("missing sources are refused clearly: an empty directory, a missing resource")
    void missing_sources(@TempDir Path dir) {
        WorkingDayCalendar before = live.current();
        assertThatThrownBy(() -> live.load(dir))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("holds no holiday-cn file");
        assertThatThrownBy(() -> live.loadResource(getClass().getClassLoader(), "nowhere/2027.json"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("classpath:nowhere/2027.json");
        assertThatThrownBy(() -> live.load(dir.resolve("2027.json")))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("2027.json");
        assertUnchanged(before);
    }

    @Test
    @DisplayName("readers during a swap see either the old or the new calendar, each consistent with its flag")
    void readers_see_whole_calendars() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(2);
        AtomicBoolean loaded = new AtomicBoolean();
        try {
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    List<String> inconsistent = new ArrayList<>();
                    started.countDown();
                    int seenAfterLoad = 0;
                    while (seenAfterLoad < 100) {
                        if (loaded.get()) {
                            seenAfterLoad++;
                        }
                        WorkingDayCalendar c = live.current();
                        WorkingDate r = c.plusWorkingDaysChecked(THU_2027_02_04, 3);
                        LocalDate expected = r.provisional() ? PROVISIONAL_3 : FIXTURE_3;
                        if (!r.date().equals(expected)) {
                            inconsistent.add(r.toString());
                        }
                    }
                    return inconsistent;
                }));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            live.load(ProvisionalYearTest.fixture2027());
            loaded.set(true);
            for (Future<List<String>> f : readers) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEmpty();
            }
            assertThat(live.current().plusWorkingDaysChecked(THU_2027_02_04, 3))
                    .isEqualTo(new WorkingDate(FIXTURE_3, List.of()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("two notices for the same year in one load are refused; replace() puts another calendar in use")
    void same_year_twice_and_replace() {
        HolidayCnYear a = HolidayCnYear.read(ProvisionalYearTest.fixture2027());
        assertThatThrownBy(() -> live.add(List.of(a, a)))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("one notice per year");
        WorkingDayCalendar company = live.current().toBuilder().dayOff(LocalDate.of(2026, 3, 12)).build();
        WorkingDayCalendar old = live.replace(company);
        assertThat(old.isWorkingDay(LocalDate.of(2026, 3, 12))).isTrue();
        assertThat(live.current().isWorkingDay(LocalDate.of(2026, 3, 12))).isFalse();
    }
}
