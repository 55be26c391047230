package dev.wuye.complaint.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants and dates by position, where the general parsers and the drivers' calendars cost a store's reads and
 * writes more than the rest of a row. The list columns' instants are written by {@link Instant#toString()} in
 * UTC ({@code 2025-03-10T02:00:00Z}, with 3 or 6 fraction digits when not whole): {@link #parse} reads that shape
 * several times faster than {@link Instant#parse}, and hands anything else to it, so every text
 * {@code Instant.parse} accepts is read the same. PostgreSQL's {@code timestamptz} and {@code date} are read from
 * their text and their binary form, and an instant is bound as the text of a UTC literal; each of these answers
 * {@code null} for what it does not read, and the dialect then goes through the driver.
 */
final class Instants {

    private Instants() {
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return Instant.parse(s);
        }
        long local = localSeconds(s);
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return Instant.parse(s);
            }
            nanos = digits(s, 20, n - 1);
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return Instant.parse(s);
        }
        if (local == INVALID || nanos < 0) {
            return Instant.parse(s);
        }
        return Instant.ofEpochSecond(local, nanos);
    }

    /** What {@link #localSeconds} answers for text that is not a date and time it reads. */
    private static final long INVALID = Long.MIN_VALUE;

    /**
     * The date and time at positions 0–18 of {@code s} ({@code yyyy-MM-dd?HH:mm:ss}, the separators checked by
     * the caller) as seconds since 1970-01-01T00:00 of the same local time, or {@link #INVALID} when a field is
     * not digits or out of range (years 1 to 9999).
     */
    private static long localSeconds(String s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || day > lengthOfMonth(year, month)) {
            return INVALID;
        }
        return epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second;
    }

    /**
     * A PostgreSQL {@code timestamptz} in its text form (DateStyle ISO, any session time zone):
     * {@code 2025-03-10 02:00:00+00}, with 1 to 6 fraction digits when not whole
     * ({@code 2025-03-10 02:00:00.5+00}), and an offset of hours, hours and minutes, or hours, minutes and
     * seconds ({@code +08}, {@code -03:30}, {@code +00:19:32}). Returns {@code null} for anything else — a
     * year before 1 or after 9999 ({@code … BC}, five digits), {@code infinity}, {@code -infinity}, another
     * DateStyle — which the caller reads through the driver.
     *
     * @param s the column's text, not {@code null}
     * @return the instant, or {@code null} when {@code s} is not of that shape
     */
    static Instant parsePostgresTimestamptz(String s) {
        int n = s.length();
        if (n < 22 || n > 38 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        long local = localSeconds(s);
        if (local == INVALID) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int from = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int fraction = i - from;
            if (fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(s, from, i);
            for (int k = fraction; k < 9; k++) {
                nanos *= 10;
            }
        }
        // The offset: a sign, two digits of hours, then optionally ":mm" and ":ss"; nothing after it.
        if (i + 3 > n) {
            return null;
        }
        char sign = s.charAt(i);
        if (sign != '+' && sign != '-') {
            return null;
        }
        int offset = digits(s, i + 1, i + 3) * 3_600;
        i += 3;
        for (int unit = 60; i < n && unit >= 1; unit /= 60) {
            if (i + 3 > n || s.charAt(i) != ':') {
                return null;
            }
            int v = digits(s, i + 1, i + 3);
            if (v < 0 || v > 59) {
                return null;
            }
            offset += v * unit;
            i += 3;
        }
        if (i != n || offset < 0 || offset > 18 * 3_600) {
            return null;
        }
        return Instant.ofEpochSecond(sign == '+' ? local - offset : local + offset, nanos);
    }

    /**
     * A PostgreSQL {@code date} as its driver hands it over in text ({@code yyyy-MM-dd}, years 1–9999), read by
     * position.
     *
     * @param s the text
     * @return the date, or {@code null} when the text has another shape (a year beyond 9999, {@code BC},
     *         {@code infinity}) or is not a valid date: the caller then asks the driver
     */
    static LocalDate parsePostgresDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * An instant as PostgreSQL reads a {@code timestamptz} literal: {@code yyyy-MM-dd HH:mm:ss.ffffff+00}, at
     * microsecond precision (the fraction truncated, as the store keeps instants).
     *
     * @param instant the instant
     * @return the text, or {@code null} outside years 1–9999 (the caller then binds it through the driver)
     */
    static String postgresText(Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        if (day < -719_162L || day > 2_932_896L) {
            return null;
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        char[] c = "0000-00-00 00:00:00.000000+00".toCharArray();
        put(c, 0, 4, date.getYear());
        put(c, 5, 2, date.getMonthValue());
        put(c, 8, 2, date.getDayOfMonth());
        put(c, 11, 2, secondOfDay / 3_600);
        put(c, 14, 2, secondOfDay / 60 % 60);
        put(c, 17, 2, secondOfDay % 60);
        put(c, 20, 6, instant.getNano() / 1_000);
        return new String(c);
    }

    /** Writes {@code value} as {@code width} decimal digits at {@code from}. */
    private static void put(char[] c, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** 2000-01-01T00:00Z, PostgreSQL's epoch, in seconds and days since 1970-01-01. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;

    /**
     * A {@code timestamptz} as PostgreSQL sends it in binary (a server-prepared statement's result): eight bytes,
     * big-endian microseconds since 2000-01-01T00:00Z.
     *
     * @param b the column's bytes
     * @return the instant, or {@code null} for another length or {@code ±infinity} (the ends of the range): the
     *         caller then asks the driver
     */
    static Instant postgresBinaryTimestamptz(byte[] b) {
        if (b.length != 8) {
            return null;
        }
        long micros = 0;
        for (int i = 0; i < 8; i++) {
            micros = micros << 8 | (b[i] & 0xFF);
        }
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return null;
        }
        return Instant.ofEpochSecond(POSTGRES_EPOCH_SECONDS + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /**
     * A {@code date} as PostgreSQL sends it in binary: four bytes, big-endian days since 2000-01-01.
     *
     * @param b the column's bytes
     * @return the date, or {@code null} for another length, {@code ±infinity} or a day outside years 1–9999
     */
    static LocalDate postgresBinaryDate(byte[] b) {
        if (b.length != 4) {
            return null;
        }
        int days = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        long epochDay = POSTGRES_EPOCH_DAY + days;
        // 0001-01-01 and 9999-12-31 as days since 1970-01-01; ±infinity are far outside.
        if (epochDay < -719_162L || epochDay > 2_932_896L) {
            return null;
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Days in a month of the proleptic Gregorian calendar. */
    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 to a valid date of a year from 1 on (the arithmetic of {@link LocalDate#toEpochDay()}). */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
                total--;
            }
        }
        return total - 719_528;
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
