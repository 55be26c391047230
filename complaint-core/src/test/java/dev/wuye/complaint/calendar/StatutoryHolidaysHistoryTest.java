package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof against history: for every year 2008–2026, the statutory days the provisional rule computes
 * (under the version of the law in force that year) are all off days in the official notices.
 */
class StatutoryHolidaysHistoryTest {

    @Test
    @DisplayName("every statutory day computed for 2008–2026 is an off day in the bundled official data")
    void computed_statutory_days_are_official_days_off() {
        Map<LocalDate, Boolean> official = new TreeMap<>();
        BundledData.load().forEach(y -> official.putAll(y.offDay()));
        List<String> notOff = new ArrayList<>();
        int checked = 0;
        for (int year = 2008; year <= 2026; year++) {
            for (Map.Entry<LocalDate, String> e : ProvisionalYears.statutoryDaysOff(year).entrySet()) {
                checked++;
                if (!Boolean.TRUE.equals(official.get(e.getKey()))) {
                    notOff.add(e.getKey() + " " + e.getValue() + " (" + ProvisionalYears.rules(year) + ")");
                }
            }
        }
        assertThat(notOff).isEmpty();
        // 2008–2013: 11 days a year (元旦1 春节3 清明1 劳动1 端午1 中秋1 国庆3); 2014–2024: the same 11;
        // 2025–2026: 13 (春节4, 劳动2). Less one for each year 中秋 falls on 1–3 October: 2009 (10/3), 2020 (10/1).
        assertThat(checked).isEqualTo(6 * 11 + 11 * 11 + 2 * 13 - 2);
    }

    @Test
    @DisplayName("the version in force: 513 for 2008–2013, 644 for 2014–2024, 795 from 2025; none before 2008")
    void versions_by_year() {
        assertThat(StatutoryHolidayRules.inForce(2007)).isEmpty();
        assertThat(StatutoryHolidayRules.inForce(2008)).contains(StatutoryHolidayRules.REVISION_2007);
        assertThat(StatutoryHolidayRules.inForce(2013)).contains(StatutoryHolidayRules.REVISION_2007);
        assertThat(StatutoryHolidayRules.inForce(2014)).contains(StatutoryHolidayRules.REVISION_2013);
        assertThat(StatutoryHolidayRules.inForce(2024)).contains(StatutoryHolidayRules.REVISION_2013);
        assertThat(StatutoryHolidayRules.inForce(2025)).contains(StatutoryHolidayRules.REVISION_2024);
        assertThat(StatutoryHolidayRules.inForce(2100)).contains(StatutoryHolidayRules.REVISION_2024);
    }

    @Test
    @DisplayName("春节 by version: 2013 除夕–初二 (2/9–2/11), 2014 初一–初三 (1/31–2/2), 2025 除夕–初三 (1/28–1/31)")
    void spring_festival_days_by_version() {
        assertThat(daysNamed(2013, "春节")).containsExactly(d("2013-02-09"), d("2013-02-10"), d("2013-02-11"));
        assertThat(daysNamed(2014, "春节")).containsExactly(d("2014-01-31"), d("2014-02-01"), d("2014-02-02"));
        assertThat(daysNamed(2025, "春节")).containsExactly(d("2025-01-28"), d("2025-01-29"), d("2025-01-30"), d("2025-01-31"));
        assertThat(daysNamed(2025, "劳动节")).containsExactly(d("2025-05-01"), d("2025-05-02"));
        assertThat(daysNamed(2024, "劳动节")).containsExactly(d("2024-05-01"));
    }

    private static List<LocalDate> daysNamed(int year, String name) {
        List<LocalDate> out = new ArrayList<>();
        ProvisionalYears.statutoryDaysOff(year).forEach((d, n) -> {
            if (n.contains(name)) {
                out.add(d);
            }
        });
        return out;
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
