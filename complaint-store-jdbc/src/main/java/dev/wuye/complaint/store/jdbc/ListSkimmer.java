package dev.wuye.complaint.store.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.spi.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the few fields the statistics read keeps from the UTF-8 bytes of a cycles or follow-ups column
 * ({@link ListColumns}' JSON), byte by byte: a field name is compared as bytes with the names kept, and every
 * other value (the texts, most of the column) is passed over without being decoded — only the closing quote
 * of a string is looked for, past its escapes. Any JSON is accepted (whitespace, any field order, unknown
 * fields); what is not JSON is a {@link StoreException}. A kept string holding an escape is decoded by
 * Jackson, so escapes are read as the writer meant them.
 */
final class ListSkimmer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final byte[] NUMBER = ascii("number");
    private static final byte[] ASSIGNED_AT = ascii("assignedAt");
    private static final byte[] COMPLETED_AT = ascii("completedAt");
    private static final byte[] CYCLE = ascii("cycle");
    private static final byte[] AT = ascii("at");
    private static final byte[] METHOD = ascii("method");
    private static final byte[] TIMELY = ascii("timely");
    private static final byte[] RESULT_SATISFIED = ascii("resultSatisfied");
    private static final byte[] ATTITUDE_SATISFIED = ascii("attitudeSatisfied");

    private final byte[] b;
    private int i;
    private int nameFrom;
    private int nameTo;

    private ListSkimmer(byte[] json) {
        this.b = json;
    }

    /** The kept fields of each handling cycle (see {@link StatisticsRead#cycle}). */
    static List<HandlingCycle> cycles(byte[] json) {
        ListSkimmer s = new ListSkimmer(json);
        List<HandlingCycle> out = new ArrayList<>(2);
        s.expect('[');
        if (s.next(']')) {
            return s.end(List.of());
        }
        do {
            s.expect('{');
            int number = 0;
            Instant assignedAt = null;
            Instant completedAt = null;
            if (!s.next('}')) {
                do {
                    s.name();
                    if (s.nameIs(NUMBER)) {
                        number = s.integer();
                    } else if (s.nameIs(ASSIGNED_AT)) {
                        assignedAt = s.instant();
                    } else if (s.nameIs(COMPLETED_AT)) {
                        completedAt = s.instant();
                    } else {
                        s.skipValue();
                    }
                } while (s.next(','));
                s.expect('}');
            }
            out.add(StatisticsRead.cycle(number, assignedAt, completedAt));
        } while (s.next(','));
        s.expect(']');
        return s.end(out);
    }

    /** The kept fields of each follow-up (see {@link StatisticsRead#followUp}). */
    static List<FollowUpEntry> followUps(byte[] json) {
        ListSkimmer s = new ListSkimmer(json);
        List<FollowUpEntry> out = new ArrayList<>(2);
        s.expect('[');
        if (s.next(']')) {
            return s.end(List.of());
        }
        do {
            s.expect('{');
            int cycle = 0;
            Instant at = null;
            String method = null;
            Boolean timely = null;
            Boolean resultSatisfied = null;
            Boolean attitudeSatisfied = null;
            if (!s.next('}')) {
                do {
                    s.name();
                    if (s.nameIs(CYCLE)) {
                        cycle = s.integer();
                    } else if (s.nameIs(AT)) {
                        at = s.instant();
                    } else if (s.nameIs(METHOD)) {
                        method = s.text();
                    } else if (s.nameIs(TIMELY)) {
                        timely = s.bool();
                    } else if (s.nameIs(RESULT_SATISFIED)) {
                        resultSatisfied = s.bool();
                    } else if (s.nameIs(ATTITUDE_SATISFIED)) {
                        attitudeSatisfied = s.bool();
                    } else {
                        s.skipValue();
                    }
                } while (s.next(','));
                s.expect('}');
            }
            out.add(StatisticsRead.followUp(cycle, at, method, timely, resultSatisfied, attitudeSatisfied));
        } while (s.next(','));
        s.expect(']');
        return s.end(out);
    }

    private <T> T end(T result) {
        space();
        if (i != b.length) {
            throw bad("text after the array");
        }
        return result;
    }

    private void space() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
    }

    private byte at() {
        if (i >= b.length) {
            throw bad("the column ends too soon");
        }
        return b[i];
    }

    private void expect(char c) {
        space();
        if (at() != c) {
            throw bad("'" + c + "' expected");
        }
        i++;
    }

    /** Consumes {@code c} if it comes next. */
    private boolean next(char c) {
        space();
        if (i < b.length && b[i] == c) {
            i++;
            return true;
        }
        return false;
    }

    /** A field name and its colon; the name's bytes (inside the quotes) are kept for {@link #nameIs}. */
    private void name() {
        expect('"');
        nameFrom = i;
        skipStringBody();
        nameTo = i - 1;
        expect(':');
    }

    private boolean nameIs(byte[] name) {
        return Arrays.equals(b, nameFrom, nameTo, name, 0, name.length);
    }

    /** Past the closing quote of a string whose opening quote is consumed. */
    private void skipStringBody() {
        while (true) {
            byte c = at();
            i++;
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                at();
                i++;
            }
        }
    }

    private void skipValue() {
        space();
        byte c = at();
        if (c == '"') {
            i++;
            skipStringBody();
        } else if (c == '[' || c == '{') {
            int depth = 0;
            do {
                c = at();
                i++;
                if (c == '"') {
                    skipStringBody();
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth--;
                }
            } while (depth > 0);
        } else {
            int from = i;
            while (i < b.length && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] > ' ') {
                i++;
            }
            if (i == from) {
                throw bad("a value expected");
            }
        }
    }

    private boolean literal(String word) {
        int n = word.length();
        if (i + n > b.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        i += n;
        return true;
    }

    private int integer() {
        space();
        boolean negative = i < b.length && b[i] == '-';
        if (negative) {
            i++;
        }
        int from = i;
        long v = 0;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i++] - '0');
            if (v > Integer.MAX_VALUE + 1L) {
                throw bad("a number out of range");
            }
        }
        if (i == from || (i < b.length && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) {
            throw bad("an integer expected");
        }
        return Math.toIntExact(negative ? -v : v);
    }

    private Boolean bool() {
        space();
        if (literal("true")) {
            return Boolean.TRUE;
        }
        if (literal("false")) {
            return Boolean.FALSE;
        }
        if (literal("null")) {
            return null;
        }
        throw bad("true, false or null expected");
    }

    /** A string or {@code null}; decoded as UTF-8, by Jackson when it holds an escape. */
    private String text() {
        space();
        if (literal("null")) {
            return null;
        }
        expect('"');
        int from = i;
        boolean escaped = false;
        while (true) {
            byte c = at();
            i++;
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escaped = true;
                at();
                i++;
            }
        }
        if (!escaped) {
            return new String(b, from, i - 1 - from, StandardCharsets.UTF_8);
        }
        try (JsonParser p = MAPPER.getFactory().createParser(b, from - 1, i - from + 1)) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw bad("a string expected");
            }
            return p.getText();
        } catch (IOException e) {
            throw new StoreException("cannot read a list column", e);
        }
    }

    private Instant instant() {
        String t = text();
        return t == null ? null : Instants.parse(t);
    }

    private StoreException bad(String what) {
        return new StoreException("cannot read a list column: " + what + " at byte " + i);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
