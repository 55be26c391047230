package dev.wuye.complaint.store.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.spi.StoreException;

import java.time.Instant;
import java.util.List;

/**
 * The statistics read of the cycles and follow-ups columns: only the fields {@link StatisticsRead} keeps, from
 * the column's UTF-8 bytes, with the same Jackson streaming parser as {@link ListColumns}. The values not kept —
 * the texts, most of a column — are passed over undecoded: the parser turns a string into a Java string only
 * when asked for its text. Any JSON is accepted (white space, any field order, unknown fields); what is not the
 * JSON of a list column is a {@link StoreException}.
 */
final class ListSkimmer {

    private ListSkimmer() {
    }

    /** The kept fields of each handling cycle (see {@link StatisticsRead#cycle}). */
    static List<HandlingCycle> cycles(byte[] json) {
        return ListColumns.objects(json, CYCLE);
    }

    /**
     * A cycle digest in the JSON form earlier versions wrote ({@link CycleDigests}): the same kept fields, matched in
     * the order they were written.
     */
    static List<HandlingCycle> digest(byte[] json) {
        return ListColumns.objects(json, DIGEST);
    }

    /** The kept fields of each follow-up (see {@link StatisticsRead#followUp}). */
    static List<FollowUpEntry> followUps(byte[] json) {
        return ListColumns.objects(json, FOLLOW_UP);
    }

    /** Field numbers of {@link ListColumns#CYCLE} and {@link ListColumns#FOLLOW_UP} read here. */
    private static final int NUMBER = 0;
    private static final int ASSIGNED_AT = 3;
    private static final int COMPLETED_AT = 15;
    private static final int CYCLE_OF_FOLLOW_UP = 0;
    private static final int AT = 1;
    private static final int METHOD = 3;
    private static final int TIMELY = 4;
    private static final int RESULT_SATISFIED = 5;
    private static final int ATTITUDE_SATISFIED = 6;

    private static final ListColumns.ObjectReader<HandlingCycle> CYCLE = cycleReader(ListColumns.CYCLE, NUMBER,
            ASSIGNED_AT, COMPLETED_AT);
    private static final ListColumns.ObjectReader<HandlingCycle> DIGEST = cycleReader(ListColumns.CYCLE_DIGEST, 0, 1, 2);

    /** Reads a cycle's kept fields, given their numbers among {@code fields}. */
    private static ListColumns.ObjectReader<HandlingCycle> cycleReader(ListColumns.Fields fields, int numberField,
                                                                      int assignedField, int completedField) {
        return p -> {
            int number = 0;
            Instant assignedAt = null;
            Instant completedAt = null;
            for (int field = fields.next(p, 0); field != ListColumns.Fields.END; field = fields.next(p, field + 1)) {
                JsonToken t = p.nextToken();
                if (field == numberField) {
                    number = integer(p, t);
                } else if (field == assignedField) {
                    assignedAt = ListColumns.instant(p, t);
                } else if (field == completedField) {
                    completedAt = ListColumns.instant(p, t);
                } else {
                    p.skipChildren();
                }
            }
            return StatisticsRead.cycle(number, assignedAt, completedAt);
        };
    }

    private static final ListColumns.ObjectReader<FollowUpEntry> FOLLOW_UP = p -> {
        int cycle = 0;
        Instant at = null;
        String method = null;
        Boolean timely = null;
        Boolean resultSatisfied = null;
        Boolean attitudeSatisfied = null;
        ListColumns.Fields fields = ListColumns.FOLLOW_UP;
        for (int field = fields.next(p, 0); field != ListColumns.Fields.END; field = fields.next(p, field + 1)) {
            JsonToken t = p.nextToken();
            switch (field) {
                case CYCLE_OF_FOLLOW_UP -> cycle = integer(p, t);
                case AT -> at = ListColumns.instant(p, t);
                case METHOD -> method = ListColumns.text(p, t);
                case TIMELY -> timely = answer(t);
                case RESULT_SATISFIED -> resultSatisfied = answer(t);
                case ATTITUDE_SATISFIED -> attitudeSatisfied = answer(t);
                default -> p.skipChildren();
            }
        }
        return StatisticsRead.followUp(cycle, at, method, timely, resultSatisfied, attitudeSatisfied);
    };

    private static int integer(JsonParser p, JsonToken t) throws java.io.IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw new StoreException("cannot read a list column: an integer expected, found " + t);
        }
        return p.getIntValue();
    }

    /** A follow-up's answer: true, false or null (not asked), nothing else. */
    private static Boolean answer(JsonToken t) {
        return switch (t) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new StoreException("cannot read a list column: true, false or null expected, found " + t);
        };
    }
}
