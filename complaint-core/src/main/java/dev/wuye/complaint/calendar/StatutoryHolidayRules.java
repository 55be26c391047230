package dev.wuye.complaint.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 《全国年节及纪念日放假办法》 — the statutory holidays of all citizens, by the version in force in a
 * year. A provisional year ({@link ProvisionalYears}) has exactly these days off besides its weekends.
 *
 * <p>The law also says that a holiday of all citizens falling on a Saturday or Sunday is made up on a
 * working day (补假), and each year's State Council notice arranges that together with the adjusted
 * working days (调休); neither can be known before the notice, so a provisional year has neither.
 *
 * <p>Versions before 2008 are not modelled: the 1999 version (国务院令第270号, in force 2000–2007,
 * with a three-day 劳动节 and no 清明, 端午 or 中秋) only concerns years before the bundled data's
 * first complete rule year, and a year before 2008 without data stays unknown.
 */
public enum StatutoryHolidayRules {

    /** 2007 revision (国务院令第513号), in force 2008–2013: 春节 = 除夕, 初一, 初二; 劳动节 one day. */
    REVISION_2007(2008, 2013, "国务院令第513号", 0, 2, 1),
    /** 2013 revision (国务院令第644号), in force 2014–2024: 春节 = 初一, 初二, 初三; 劳动节 one day. */
    REVISION_2013(2014, 2024, "国务院令第644号", 1, 3, 1),
    /** 2024 revision (国务院令第795号), in force from 2025: 春节 = 除夕 to 初三 (four days); 劳动节 May 1–2. */
    REVISION_2024(2025, Integer.MAX_VALUE, "国务院令第795号", 0, 3, 2);

    private final int firstYear;
    private final int lastYear;
    private final String decree;
    /** 春节 from 除夕 + springFrom to 除夕 + springTo days, inclusive. */
    private final int springFrom;
    private final int springTo;
    private final int labourDays;

    StatutoryHolidayRules(int firstYear, int lastYear, String decree, int springFrom, int springTo, int labourDays) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.decree = decree;
        this.springFrom = springFrom;
        this.springTo = springTo;
        this.labourDays = labourDays;
    }

    /**
     * The version in force in a year.
     *
     * @param year the year
     * @return the version, empty before 2008
     */
    public static Optional<StatutoryHolidayRules> inForce(int year) {
        for (StatutoryHolidayRules r : values()) {
            if (year >= r.firstYear && year <= r.lastYear) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The first year this version applies to. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year this version applies to; {@link Integer#MAX_VALUE} while it is in force. */
    public int lastYear() {
        return lastYear;
    }

    /** The State Council decree (国务院令) that enacted this version. */
    public String decree() {
        return decree;
    }

    /**
     * The statutory days off of one year under this version: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆.
     *
     * @param dates the year's festival dates
     * @return date → holiday name, ascending, unmodifiable
     */
    public NavigableMap<LocalDate, String> daysOff(FestivalDates dates) {
        Objects.requireNonNull(dates, "dates");
        int y = dates.year();
        NavigableMap<LocalDate, String> off = new TreeMap<>();
        off.put(LocalDate.of(y, 1, 1), "元旦");
        for (int i = springFrom; i <= springTo; i++) {
            off.put(dates.springFestivalEve().plusDays(i), "春节");
        }
        off.put(dates.qingming(), "清明节");
        for (int i = 0; i < labourDays; i++) {
            off.put(LocalDate.of(y, 5, 1 + i), "劳动节");
        }
        off.put(dates.dragonBoat(), "端午节");
        off.put(dates.midAutumn(), "中秋节");
        for (int i = 0; i < 3; i++) {
            off.merge(LocalDate.of(y, 10, 1 + i), "国庆节", (a, b) -> a + "、" + b);
        }
        return Collections.unmodifiableNavigableMap(off);
    }
}
