package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.spi.StoreException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the {@code cycle_digest} column: what the monthly tables read of a case's handling cycles — each
 * cycle's number, assignment and completion — written beside the cycles column whenever those change, so that the
 * statistics read neither passes over the cycles' texts nor starts a JSON parser for every case (which cost it
 * more than everything else it reads of a row).
 *
 * <p>The form: the cycles in order, separated by {@code ;}; each cycle {@code number,assigned,completed}, the two
 * instants as decimal microseconds since 1970-01-01T00:00Z (negative before it), empty when there is none.
 * Example: {@code 1,1741656600000000,1741572000123456;2,1741829400000000,} — no cycles, the empty text. The
 * column is derived: the cycles column stays the record, and a row without a digest (saved before the column
 * existed, or with an instant beyond ±292,000 years, which has none) is read from it. Digests that earlier
 * versions of the store wrote as JSON (they start with {@code [}) are still read.
 */
final class CycleDigests {

    private CycleDigests() {
    }

    /**
     * The digest of a case's cycles.
     *
     * @param cycles the cycles
     * @return the text, or {@code null} when an instant has no microsecond count in a {@code long}
     */
    static String write(List<HandlingCycle> cycles) {
        StringBuilder b = new StringBuilder(cycles.size() * 40);
        for (HandlingCycle c : cycles) {
            if (!b.isEmpty()) {
                b.append(';');
            }
            b.append(c.number()).append(',');
            if (!micros(b, c.assignedAt())) {
                return null;
            }
            b.append(',');
            if (!micros(b, c.completedAt())) {
                return null;
            }
        }
        return b.toString();
    }

    private static boolean micros(StringBuilder b, Instant instant) {
        if (instant == null) {
            return true;
        }
        try {
            b.append(Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000));
            return true;
        } catch (ArithmeticException beyondALong) {
            return false;
        }
    }

    /**
     * The kept fields of each cycle ({@link StatisticsRead#cycle}) from a digest's UTF-8 bytes.
     *
     * @param text the column's bytes
     * @return the cycles
     * @throws StoreException when the text is neither form
     */
    static List<HandlingCycle> read(byte[] text) {
        if (text.length > 0 && text[0] == '[') {
            return ListSkimmer.digest(text);
        }
        List<HandlingCycle> out = new ArrayList<>(2);
        int[] at = {0};
        while (at[0] < text.length) {
            if (!out.isEmpty()) {
                expect(text, at, ';');
            }
            long number = number(text, at, false);
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw unreadable(text, "a cycle number beyond an int");
            }
            expect(text, at, ',');
            Instant assigned = instant(number(text, at, true));
            expect(text, at, ',');
            Instant completed = instant(number(text, at, true));
            out.add(StatisticsRead.cycle((int) number, assigned, completed));
        }
        return out;
    }

    /** The value of {@link #number} for an empty field. */
    private static final long NONE = Long.MIN_VALUE;

    /** A decimal {@code long} from {@code at[0]} on, or {@link #NONE} for an empty field when allowed. */
    private static long number(byte[] text, int[] at, boolean mayBeEmpty) {
        int i = at[0];
        boolean negative = i < text.length && text[i] == '-';
        if (negative) {
            i++;
        }
        int start = i;
        long v = 0;
        while (i < text.length && text[i] >= '0' && text[i] <= '9') {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw unreadable(text, "a number beyond a long");
            }
            v = v * 10 + (text[i] - '0');
            i++;
        }
        if (i == start) {
            if (mayBeEmpty && !negative) {
                return NONE;
            }
            throw unreadable(text, "a number expected at " + at[0]);
        }
        at[0] = i;
        return negative ? -v : v;
    }

    private static void expect(byte[] text, int[] at, char c) {
        if (at[0] >= text.length || text[at[0]] != c) {
            throw unreadable(text, "'" + c + "' expected at " + at[0]);
        }
        at[0]++;
    }

    private static Instant instant(long micros) {
        return micros == NONE ? null
                : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static StoreException unreadable(byte[] text, String why) {
        String shown = new String(text, 0, Math.min(text.length, 80), StandardCharsets.UTF_8);
        return new StoreException("cannot read a cycle digest (" + why + "): " + shown);
    }
}
