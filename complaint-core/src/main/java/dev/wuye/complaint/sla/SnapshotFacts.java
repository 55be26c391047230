package dev.wuye.complaint.sla;

import dev.wuye.complaint.cases.InvalidSnapshotException;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** What a snapshot says about its clocks, independent of any calendar: the helpers of {@link SlaCalculator}. */
final class SnapshotFacts {

    /** Note kind code of the answer, reply or thanks of a short path. */
    private static final String SHORT_PATH_REPLY = "SHORT_PATH_REPLY";

    private SnapshotFacts() {
    }

    /**
     * Whether handling is still under way: the time limit has not stopped and the latest cycle (if
     * any) is not completed. Once handling is complete the case waits for its follow-up, and the
     * customer-update cadence of R-4.4.1b no longer applies.
     */
    static boolean handlingRunning(CaseSnapshot s) {
        return timeLimitStop(s).isEmpty() && latestCycle(s).map(c -> c.completedAt() == null).orElse(true);
    }

    /** A state code no command writes (a corrupt or foreign row) cannot be evaluated. */
    static void checkState(CaseSnapshot s) {
        String state = s.state();
        for (LifecycleState known : LifecycleState.values()) {
            if (known.name().equals(state)) {
                return;
            }
        }
        throw new InvalidSnapshotException(s.id(), "state", state, "a lifecycle state name");
    }

    /** A duty registration not yet with a receiver: in DUTY_REGISTERED, or flagged and without receiver and handover. */
    static boolean awaitsHandover(CaseSnapshot s) {
        return s.handedOverAt() == null && (LifecycleState.DUTY_REGISTERED.name().equals(s.state())
                || s.dutyRegistration() && s.receiverId() == null);
    }

    static Optional<HandlingCycle> latestCycle(CaseSnapshot s) {
        return s.cycles().stream().max(Comparator.comparingInt(HandlingCycle::number));
    }

    static Stream<FollowUpEntry> followUpsOf(CaseSnapshot s, int cycle) {
        return s.followUps().stream().filter(f -> f.cycle() == cycle && !SlaCalculator.RECURRENCE_CHECK.equals(f.method()))
                .sorted(Comparator.comparing(FollowUpEntry::at));
    }

    /**
     * When the customer first heard back after intake (R-4.2.5b): the earliest customer update
     * (R-4.4.1b), short-path answer, follow-up (not a recurrence check) or posted online reply; empty
     * while they have not.
     */
    static Optional<Instant> firstReply(CaseSnapshot s) {
        Instant first = s.onlineReplyPostedAt();
        for (NoteEntry n : s.notes()) {
            if (SlaCalculator.CUSTOMER_UPDATE.equals(n.kind()) || SHORT_PATH_REPLY.equals(n.kind())) {
                first = earlier(first, n.at());
            }
        }
        for (FollowUpEntry f : s.followUps()) {
            if (!SlaCalculator.RECURRENCE_CHECK.equals(f.method())) {
                first = earlier(first, f.at());
            }
        }
        return Optional.ofNullable(first);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /**
     * The agreed reply clock (R-4.2.5b) of an open case at an instant: runs while a reply time was
     * recorded at intake and the customer has not heard back; due soon {@code dueSoon} before it,
     * overdue from it on. It counts no working days: the customer named an instant.
     */
    static Optional<SlaStatus> agreedReply(CaseSnapshot s, Instant asOf, Duration dueSoon, OfficeHours hours) {
        Instant due = s.agreedReplyBy();
        if (due == null || firstReply(s).isPresent()) {
            return Optional.empty();
        }
        SlaLevel level = asOf.isBefore(due.minus(dueSoon)) ? SlaLevel.ON_TIME
                : asOf.isBefore(due) ? SlaLevel.DUE_SOON : SlaLevel.OVERDUE;
        return Optional.of(new SlaStatus(s.id(), SlaClock.AGREED_REPLY, level, hours.dateOf(due), due));
    }

    /** When the time limit stops; empty while it runs. */
    static Optional<Instant> timeLimitStop(CaseSnapshot s) {
        Optional<HandlingCycle> latest = latestCycle(s);
        if (SlaCalculator.NO_CHANNEL.equals(s.followUpChannel())) {
            return latest.map(HandlingCycle::completedAt);
        }
        if (latest.isEmpty()) {
            return s.followUps().stream().filter(f -> !SlaCalculator.RECURRENCE_CHECK.equals(f.method()))
                    .map(FollowUpEntry::at).min(Comparator.naturalOrder());
        }
        return followUpsOf(s, latest.get().number()).map(FollowUpEntry::at).findFirst();
    }
}
