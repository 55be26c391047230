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
 * What the {@link RecurrenceDetector} counts. R-4.3.1b says only "出现重复意见" (a repeated opinion
 * appears) and "影响较大" (high impact); every default here is the project's choice (see
 * {@code docs/rules.md}, Defaults).
 *
 * @param zone             the zone instants are turned into dates in (default Asia/Shanghai;
 *                         project's choice: the procedure gives no time zone)
 * @param countedTypes     the opinion types that count as an occurrence of a kind (default COMPLAINT, SUGGESTION;
 *                         project's choice: the procedure gives no list)
 * @param repeatThreshold  R-4.3.1b: this many opinions of one kind … (default 2: an opinion is repeated at its
 *                         second occurrence; project's choice: the procedure gives no number)
 * @param repeatWindow     … accepted within this period count as "repeated" (default one month, the window of
 *                         R-4.4.2d6 and; project's choice: the procedure gives no period for R-4.3.1b)
 * @param highImpact       R-4.3.1b: which cases are high-impact (default: major, or escalated to the general
 *                         manager, R-3.1; project's choice: the procedure gives no test of "影响较大")
 */
public record RecurrenceSettings(ZoneId zone, Set<OpinionType> countedTypes, int repeatThreshold, Period repeatWindow,
                                 Predicate<CaseSnapshot> highImpact) {

    /**
     * The default repeat threshold: the second opinion of the same kind within the window is a repeated
     * opinion (出现重复意见, R-4.3.1b). Project's choice: the procedure gives no number.
     */
    public static final int DEFAULT_REPEAT_THRESHOLD = 2;

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

    /**
     * The defaults in Asia/Shanghai: complaints and suggestions count; 2 of one kind within one month are
     * repeated; a major case or one at the general manager is high-impact. Project's choice: the procedure
     * gives no number, period or test for R-4.3.1b.
     *
     * @return the default settings
     */
    public static RecurrenceSettings defaults() {
        return new RecurrenceSettings(ZoneId.of("Asia/Shanghai"), Set.of(OpinionType.COMPLAINT, OpinionType.SUGGESTION),
                DEFAULT_REPEAT_THRESHOLD, Period.ofMonths(1),
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
