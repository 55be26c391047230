package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of the snapshots {@link CaseStore#streamForStatistics} returns: only the components the
 * periodic statistics (the monthly analysis tables, R-4.6) read, every other one empty, and a mark that
 * makes every store refuse to save them.
 *
 * <p><b>Kept</b>: {@code id}, {@code state}, {@code type}, {@code validity}, {@code category}, {@code major},
 * {@code secondaryComplaint}, {@code correctiveAction}, {@code channel}, {@code recordNumber},
 * {@code department}, {@code acceptingLevel}, {@code receivedAt}, {@code acceptanceDate},
 * {@code followUpChannel}, {@code escalationLevel}, {@code onlineReplyPostedAt}, {@code closedAt},
 * {@code lastModifiedAt}; of each handling cycle its {@code number}, {@code assignedAt} and
 * {@code completedAt}; of each follow-up its {@code cycle}, {@code at}, {@code method}, {@code timely},
 * {@code resultSatisfied} and {@code attitudeSatisfied}. These are what the monthly analysis calculator and
 * what it calls (time limits, codes, the recurrence check) read, plus {@code receivedAt} and
 * {@code lastModifiedAt}, which a snapshot cannot lack.
 *
 * <p><b>Emptied</b>: the customer's personal data, the content summary, the validity ground, the staff ids,
 * the co-handling departments, the notes, the online reply's text and approver, the closure, the archive
 * batch, the duty registration, the next due instant; of the cycles everything but the three kept (the
 * investigation, analysis, solution and result texts, the staff ids, the other instants); of the follow-ups
 * the staff id and the remarks: empty strings where a component is required, {@code null}, {@code false}
 * or empty lists elsewhere. The {@code version} is {@code 0} (no stored version has it) and the idempotency
 * key is {@link #MARK}. Statistics code that starts reading another component adds it here, in
 * every store's statistics read, and in the kit's checks.
 *
 * <p><b>Never saved</b>: {@link CaseStore#checkSave}, which every store calls first, refuses a snapshot
 * carrying the mark, so a statistics snapshot handed to {@link CaseStore#save} by mistake can never
 * overwrite a case with its emptied texts.
 *
 * <p>An interface of static members only, as the SPI holds no classes besides its records and exceptions.
 */
public interface StatisticsRead {

    /**
     * The idempotency key of every statistics snapshot. It begins with a NUL character, which no stored
     * key holds (PostgreSQL text cannot), so it never collides with a client's key.
     */
    String MARK = "\u0000statistics read, never saved";

    /**
     * Whether a snapshot came from a statistics read (carries {@link #MARK}).
     *
     * @param snapshot the snapshot
     * @return {@code true} for a statistics snapshot, which must never be saved
     */
    static boolean isStatisticsSnapshot(CaseSnapshot snapshot) {
        return MARK.equals(snapshot.idempotencyKey());
    }

    /**
     * A full snapshot cut down to the statistics shape: the components the class comment keeps, the
     * others emptied, marked.
     *
     * @param full a snapshot as stored
     * @return its statistics snapshot
     */
    static CaseSnapshot of(CaseSnapshot full) {
        Objects.requireNonNull(full, "full");
        List<HandlingCycle> cycles = new ArrayList<>(full.cycles().size());
        for (HandlingCycle c : full.cycles()) {
            cycles.add(cycle(c.number(), c.assignedAt(), c.completedAt()));
        }
        List<FollowUpEntry> followUps = new ArrayList<>(full.followUps().size());
        for (FollowUpEntry f : full.followUps()) {
            followUps.add(followUp(f.cycle(), f.at(), f.method(), f.timely(), f.resultSatisfied(),
                    f.attitudeSatisfied()));
        }
        return builder()
                .id(full.id())
                .recordNumber(full.recordNumber())
                .state(full.state())
                .type(full.type())
                .validity(full.validity())
                .category(full.category())
                .major(full.major())
                .secondaryComplaint(full.secondaryComplaint())
                .correctiveAction(full.correctiveAction())
                .channel(full.channel())
                .department(full.department())
                .acceptingLevel(full.acceptingLevel())
                .receivedAt(full.receivedAt())
                .acceptanceDate(full.acceptanceDate())
                .followUpChannel(full.followUpChannel())
                .escalationLevel(full.escalationLevel())
                .cycles(cycles)
                .followUps(followUps)
                .onlineReplyPostedAt(full.onlineReplyPostedAt())
                .closedAt(full.closedAt())
                .lastModifiedAt(full.lastModifiedAt())
                .build();
    }

    /**
     * A builder with the emptied components already set (version {@code 0}, {@link #MARK}, empty texts): a
     * store reading the kept columns sets those and builds.
     *
     * @return the builder
     */
    static CaseSnapshot.Builder builder() {
        return CaseSnapshot.builder()
                .version(0)
                .idempotencyKey(MARK)
                .customer(new CustomerData("", "", ""))
                .contentSummary("")
                .recordedBy("");
    }

    /**
     * A handling cycle in the statistics shape: the kept components, texts and staff ids empty.
     *
     * @param number      the cycle number
     * @param assignedAt  when it was assigned; nullable
     * @param completedAt when the cycle was completed; nullable
     * @return the cycle
     */
    static HandlingCycle cycle(int number, Instant assignedAt, Instant completedAt) {
        return new HandlingCycle(number, List.of(), null, assignedAt, null, null, null, null, null, null, null, null,
                null, null, null, completedAt);
    }

    /**
     * A follow-up in the statistics shape: the kept components, the staff id empty, no remarks.
     *
     * @param cycle             the cycle followed up
     * @param at                when
     * @param method            the follow-up method code
     * @param timely            handled in time, as the customer answered; nullable
     * @param resultSatisfied   satisfied with the result; nullable
     * @param attitudeSatisfied satisfied with the attitude; nullable
     * @return the follow-up
     */
    static FollowUpEntry followUp(int cycle, Instant at, String method, Boolean timely,
                                         Boolean resultSatisfied, Boolean attitudeSatisfied) {
        return new FollowUpEntry(cycle, at, "", method, timely, resultSatisfied, attitudeSatisfied, null);
    }
}
