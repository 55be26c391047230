package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled festival table is exactly what the calendar library computes: every row is recomputed
 * with Time4J and any difference fails, naming the rows and the command that regenerates the table.
 */
class ProvisionalHolidayTableTest {

    @Test
    @DisplayName("every row of provisional-holidays.tsv equals Time4J's 除夕, 清明, 端午 and 中秋 of its year")
    void every_row_is_recomputed_by_the_calendar_library() throws IOException {
        boolean regenerate = Boolean.getBoolean(ProvisionalHolidayTableGenerator.REGENERATE);
        Path table = Path.of(ProvisionalHolidayTableGenerator.TABLE);
        if (regenerate) {
            Files.writeString(table, ProvisionalHolidayTableGenerator.render(), StandardCharsets.UTF_8);
            System.out.println("regenerated " + table.toAbsolutePath());
        }
        List<FestivalDates> bundled;
        try (InputStream in = regenerate ? Files.newInputStream(table)
                : ProvisionalYears.class.getResourceAsStream(ProvisionalYears.RESOURCE)) {
            assertThat(in).as("bundled " + ProvisionalYears.RESOURCE).isNotNull();
            bundled = ProvisionalYears.parse(in, ProvisionalYears.RESOURCE);
        }
        List<String> differences = new ArrayList<>();
        for (FestivalDates row : bundled) {
            String expected = ProvisionalHolidayTableGenerator.row(ProvisionalHolidayTableGenerator.compute(row.year()));
            if (!expected.equals(ProvisionalHolidayTableGenerator.row(row))) {
                differences.add("bundled  " + ProvisionalHolidayTableGenerator.row(row) + "\n  computed " + expected);
            }
        }
        assertThat(differences)
                .as("rows of " + ProvisionalYears.RESOURCE + " that differ from the calendar library;"
                        + " regenerate the table from the repository root with:\n  " + ProvisionalHolidayTableGenerator.COMMAND)
                .isEmpty();
        assertThat(bundled).hasSize(ProvisionalYears.LAST_YEAR - ProvisionalYears.FIRST_YEAR + 1);
    }

    @Test
    @DisplayName("Spring Festival 2027 is Saturday 6 February and 2030 Sunday 3 February (days ICU4J 78.1 gets wrong)")
    void known_near_midnight_new_moons() {
        // 正月初一 2027: the new moon of 6 Feb 2027 falls minutes before midnight, Beijing time
        assertThat(ProvisionalYears.festivalDates(2027).springFestival()).isEqualTo(LocalDate.of(2027, 2, 6));
        // 正月初一 2030: the new moon falls minutes after midnight, so the 3rd, not the 2nd
        assertThat(ProvisionalYears.festivalDates(2030).springFestival()).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @Test
    @DisplayName("the table is read in full and rejects a row out of order, naming the line")
    void malformed_table_names_the_line() {
        String table = "# header\n2008\t2008-02-06\t2008-04-04\t2008-06-08\t2008-09-14\n2010\t2010-02-13\t2010-04-05\t2010-06-16\t2010-09-22\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProvisionalYears.parse(
                        new java.io.ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "t.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.tsv line 3")
                .hasMessageContaining("2009");
    }
}
