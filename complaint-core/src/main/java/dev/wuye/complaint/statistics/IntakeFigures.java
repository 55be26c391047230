package dev.wuye.complaint.statistics;

import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.classification.SnapshotCodes;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one department accepted in the month: how many, by type, channel and category;
 * complaints valid and invalid; escalated above the handler (R-4.3.1f), major (R-4.3.1c),
 * secondary, with a corrective action (R-4.3.1b).
 */
final class IntakeFigures {

    private static final OpinionType[] TYPES = OpinionType.values();
    private static final Channel[] CHANNELS = Channel.values();

    private long accepted;
    private final long[] byType = new long[TYPES.length];
    private long unclassifiedType;
    private final long[] byChannel = new long[CHANNELS.length];
    private long noChannel;
    private final Map<String, long[]> byCategory = new HashMap<>();
    private long validComplaints;
    private long invalidComplaints;
    private long escalated;
    private long major;
    private long secondaryComplaints;
    private long correctiveActions;

    /**
     * Counts a case accepted in the month.
     *
     * @param s        the case
     * @param type     its type, {@code null} while unclassified
     * @param validity its validity, {@code null} unless a classified complaint
     */
    void accept(CaseSnapshot s, OpinionType type, Validity validity) {
        accepted++;
        if (type == null) {
            unclassifiedType++;
        } else {
            byType[type.ordinal()]++;
        }
        Channel channel = SnapshotCodes.channel(s);
        if (channel == null) {
            noChannel++;
        } else {
            byChannel[channel.ordinal()]++;
        }
        countCategory(s.category());
        if (type == OpinionType.COMPLAINT && validity == Validity.VALID) {
            validComplaints++;
        } else if (type == OpinionType.COMPLAINT && validity == Validity.INVALID) {
            invalidComplaints++;
        }
        if (SnapshotCodes.escalationLevel(s) != EscalationLevel.HANDLER) {
            escalated++;
        }
        if (s.major()) {
            major++;
        }
        if (s.secondaryComplaint()) {
            secondaryComplaints++;
        }
        if (s.correctiveAction()) {
            correctiveActions++;
        }
    }

    private void countCategory(String category) {
        String key = category == null ? MonthlyAnalysisCalculator.UNCLASSIFIED : category;
        long[] n = byCategory.get(key);
        if (n == null) {
            n = new long[1];
            byCategory.put(key, n);
        }
        n[0]++;
    }

    long accepted() {
        return accepted;
    }

    /** By type code, {@code UNCLASSIFIED} for none yet; only the types seen. */
    SortedMap<String, Long> byType() {
        TreeMap<String, Long> counts = byCode(TYPES, byType);
        if (unclassifiedType > 0) {
            counts.put(MonthlyAnalysisCalculator.UNCLASSIFIED, unclassifiedType);
        }
        return counts;
    }

    /** By channel code; only the channels seen. */
    SortedMap<String, Long> byChannel() {
        TreeMap<String, Long> counts = byCode(CHANNELS, byChannel);
        if (noChannel > 0) {
            counts.put(MonthlyAnalysisCalculator.UNCLASSIFIED, noChannel);
        }
        return counts;
    }

    /** By category code, {@code UNCLASSIFIED} for none yet; only the categories seen. */
    SortedMap<String, Long> byCategory() {
        TreeMap<String, Long> counts = new TreeMap<>();
        byCategory.forEach((code, n) -> counts.put(code, n[0]));
        return counts;
    }

    private static TreeMap<String, Long> byCode(Enum<?>[] constants, long[] counts) {
        TreeMap<String, Long> byCode = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                byCode.put(constants[i].name(), counts[i]);
            }
        }
        return byCode;
    }

    long validComplaints() {
        return validComplaints;
    }

    long invalidComplaints() {
        return invalidComplaints;
    }

    long escalated() {
        return escalated;
    }

    long major() {
        return major;
    }

    long secondaryComplaints() {
        return secondaryComplaints;
    }

    long correctiveActions() {
        return correctiveActions;
    }
}
