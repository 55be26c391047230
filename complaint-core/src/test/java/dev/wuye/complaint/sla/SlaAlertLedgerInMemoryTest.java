package dev.wuye.complaint.sla;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory ledger's contract ({@link SlaAlertLedger}): an alert fires once per key, equal keys being the
 * same key whether or not they are the same object; a released key fires again; a complete sweep forgets
 * exactly the keys it did not pass.
 */
class SlaAlertLedgerInMemoryTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 13);

    private static SlaAlert.Key key(String caseId, SlaClock clock) {
        return new SlaAlert.Key(caseId, "C01", clock, SlaLevel.OVERDUE, DEADLINE);
    }

    @Test
    @DisplayName("a key fires once; an equal key made anew is the same key")
    void firesOncePerKey() {
        SlaAlertLedger ledger = SlaAlertLedger.inMemory();
        assertThat(ledger.markFired(key("A-1", SlaClock.TIME_LIMIT))).isTrue();
        assertThat(ledger.markFired(key("A-1", SlaClock.TIME_LIMIT))).isFalse();
        assertThat(ledger.markFired(key("A-1", SlaClock.HANDOVER))).isTrue();
        assertThat(ledger.markFired(new SlaAlert.Key("A-1", "C01", SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON, DEADLINE)))
                .isTrue();
    }

    @Test
    @DisplayName("a released key fires again")
    void releasedFiresAgain() {
        SlaAlertLedger ledger = SlaAlertLedger.inMemory();
        SlaAlert.Key k = key("A-1", SlaClock.TIME_LIMIT);
        assertThat(ledger.markFired(k)).isTrue();
        ledger.release(key("A-1", SlaClock.TIME_LIMIT));
        assertThat(ledger.markFired(k)).isTrue();
        assertThat(ledger.markFired(k)).isFalse();
    }

    @Test
    @DisplayName("a complete sweep forgets the keys it did not pass and keeps the ones it passed again")
    void sweepForgetsWhatItDidNotFind() {
        InMemorySlaAlertLedger ledger = (InMemorySlaAlertLedger) SlaAlertLedger.inMemory();
        SlaAlert.Key kept = key("A-1", SlaClock.TIME_LIMIT);
        SlaAlert.Key over = key("A-2", SlaClock.TIME_LIMIT);
        long first = ledger.sweepStarted();
        assertThat(ledger.markFired(kept)).isTrue();
        assertThat(ledger.markFired(over)).isTrue();
        ledger.sweepCompleted(first);
        assertThat(ledger.size()).isEqualTo(2);

        long second = ledger.sweepStarted();
        assertThat(ledger.markFired(kept)).isFalse();
        ledger.sweepCompleted(second);
        assertThat(ledger.size()).isEqualTo(1);

        long third = ledger.sweepStarted();
        assertThat(ledger.markFired(kept)).isFalse();
        assertThat(ledger.markFired(key("A-2", SlaClock.TIME_LIMIT))).isTrue();
        ledger.sweepCompleted(third);
        assertThat(ledger.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("a sweep that released a key still forgets the keys it did not pass")
    void releaseDoesNotHideWhatIsOver() {
        InMemorySlaAlertLedger ledger = (InMemorySlaAlertLedger) SlaAlertLedger.inMemory();
        SlaAlert.Key failed = key("A-1", SlaClock.TIME_LIMIT);
        SlaAlert.Key over = key("A-2", SlaClock.TIME_LIMIT);
        long first = ledger.sweepStarted();
        ledger.markFired(failed);
        ledger.markFired(over);
        ledger.sweepCompleted(first);

        // One key passed (and released after its delivery failed), one not passed: as many keys passed as are
        // held, yet the one not passed is over.
        long second = ledger.sweepStarted();
        assertThat(ledger.markFired(failed)).isFalse();
        ledger.release(failed);
        ledger.sweepCompleted(second);
        assertThat(ledger.size()).isZero();
        assertThat(ledger.markFired(over)).isTrue();
    }

    @Test
    @DisplayName("equal keys hash alike, and the hash does not depend on the run (enum constants by ordinal)")
    void keyHash() {
        SlaAlert.Key k = key("A-1", SlaClock.TIME_LIMIT);
        assertThat(k.hashCode()).isEqualTo(key("A-1", SlaClock.TIME_LIMIT).hashCode());
        // 31-based over the components, enum constants counted as ordinal + 1, null as 0: written out by hand.
        int h = "A-1".hashCode();
        h = 31 * h + "C01".hashCode();
        h = 31 * h + (SlaClock.TIME_LIMIT.ordinal() + 1);
        h = 31 * h + (SlaLevel.OVERDUE.ordinal() + 1);
        h = 31 * h + DEADLINE.hashCode();
        h = 31 * h;
        assertThat(k.hashCode()).isEqualTo(h);
        assertThat(new SlaAlert.Key(null, "C01", SlaClock.WEEKLY_REVIEW, SlaLevel.UNEVALUABLE, null, "NO_DATA"))
                .isEqualTo(new SlaAlert.Key(null, "C01", SlaClock.WEEKLY_REVIEW, SlaLevel.UNEVALUABLE, null, "NO_DATA"))
                .hasSameHashCodeAs(new SlaAlert.Key(null, "C01", SlaClock.WEEKLY_REVIEW, SlaLevel.UNEVALUABLE, null,
                        "NO_DATA"));
    }
}
