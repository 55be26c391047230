package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the {@link RecurrenceDetector} counts, with the procedure's values as defaults.
 *
 * @param zone             the zone instants are turned into dates in
 * @param countedTypes     the opinion types that count as an occurrence of a kind (default COMPLAINT, SUGGESTION)
 * @param repeatThreshold  R-4.3.1b: this many opinions of one kind … (default 3)
 * @param repeatWindow     … accepted within this period count as "repeated" (default one month)
 * @param highImpact       R-4.3.1b: which cases are high-impact besides major ones (default: escalated to the general manager, R-3.1)
 */
public record RecurrenceSettings(ZoneId zone, Set<OpinionType> countedTypes, int repeatThreshold, Period repeatWindow,
                                 Predicate<CaseSnapshot> highImpact) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public RecurrenceSettings {
        Objects.requireNonNull(zone, "zone");
        countedTypes = Set.copyOf(countedTypes);
        Objects.requireNonNull(repeatWindow, "repeatWindow");
        Objects.requireNonNull(highImpact, "highImpact");
        if (repeatThreshold < 2) {
            throw new IllegalArgumentException("repeatThreshold must be >= 2 (R-4.3.1b), was " + repeatThreshold);
        }
    }

    /** The procedure's defaults in Asia/Shanghai. */
    public static RecurrenceSettings defaults() {
        return new RecurrenceSettings(ZoneId.of("Asia/Shanghai"), Set.of(OpinionType.COMPLAINT, OpinionType.SUGGESTION),
                3, Period.ofMonths(1),
                s -> s.major() || SnapshotCodes.escalationLevel(s) == EscalationLevel.GENERAL_MANAGER);
    }

    /**
     * These settings with another repeat threshold.
     *
     * @param n the threshold, {@code >= 2}
     * @return new settings
     */
    public RecurrenceSettings withRepeatThreshold(int n) {
        return new RecurrenceSettings(zone, countedTypes, n, repeatWindow, highImpact);
    }

    /** Whether a case counts as an occurrence of its kind. */
    boolean counts(CaseSnapshot s) {
        OpinionType type = SnapshotCodes.type(s);
        return s.category() != null && type != null && countedTypes.contains(type);
    }
}
