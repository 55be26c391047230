package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.NoteEntry;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The one place the typed state of a case meets the SPI's {@link CaseSnapshot}: codes are enum
 * constant names, states {@link LifecycleState} names. Restoring checks every code and fails with an
 * {@link InvalidSnapshotException} naming the field and the value; {@code toSnapshot(restore(s))}
 * equals {@code s} and {@code restore(toSnapshot(c))} equals {@code c}. Pure and thread-safe.
 */
final class CaseMapping {

    private static final String CHANNELS = "one of PHONE, HOME_VISIT, LETTER, ONLINE, NONE";

    private CaseMapping() {
    }

    /**
     * The typed state a snapshot stores.
     *
     * @param s the stored snapshot
     * @return its state
     * @throws InvalidSnapshotException when a code is unknown or the snapshot cannot be a case's
     */
    static CaseState restore(CaseSnapshot s) {
        String cid = s.id();
        if (s.version() < 1) {
            throw new InvalidSnapshotException(cid, "version", String.valueOf(s.version()), "a stored version >= 1");
        }
        CaseId id = new CaseId(cid);
        LifecycleState state = code(cid, "state", s.state(), LifecycleState.class);
        OpinionType type = code(cid, "type", s.type(), OpinionType.class);
        Validity validity = code(cid, "validity", s.validity(), Validity.class);
        ValidityGround ground = code(cid, "validityGround", s.validityGround(), ValidityGround.class);
        Channel channel = code(cid, "channel", s.channel(), Channel.class);
        AcceptingLevel acceptingLevel = code(cid, "acceptingLevel", s.acceptingLevel(), AcceptingLevel.class);
        FollowUpMethod followUpChannel = code(cid, "followUpChannel", s.followUpChannel(), FollowUpMethod.class);
        FollowUpMethod agreedReplyMethod = code(cid, "agreedReplyMethod", s.agreedReplyMethod(), FollowUpMethod.class);
        EscalationLevel escalationLevel = code(cid, "escalationLevel", s.escalationLevel(), EscalationLevel.class);
        Closure closure = code(cid, "closure", s.closure(), Closure.class);
        Note[] notes = new Note[s.notes().size()];
        for (int i = 0; i < notes.length; i++) {
            NoteEntry n = s.notes().get(i);
            notes[i] = new Note(n.at(), n.authorId(), code(cid, "notes[" + i + "].kind", n.kind(), NoteKind.class),
                    n.text());
        }
        FollowUp[] followUps = new FollowUp[s.followUps().size()];
        for (int i = 0; i < followUps.length; i++) {
            FollowUpEntry f = s.followUps().get(i);
            followUps[i] = new FollowUp(f.cycle(), f.at(), f.byStaffId(),
                    code(cid, "followUps[" + i + "].method", f.method(), FollowUpMethod.class),
                    f.timely(), f.resultSatisfied(), f.attitudeSatisfied(), f.remarks());
        }
        if (state.phase() != Phase.RECEIVED && !state.isClosed()
                && state != LifecycleState.AWAITING_ASSIGNMENT && s.cycles().isEmpty()) {
            throw new InvalidSnapshotException(cid, "cycles", "[]", "at least one handling cycle in state " + state);
        }
        if (!followUpChannel.isChannel()) {
            throw new InvalidSnapshotException(cid, "followUpChannel", s.followUpChannel(), CHANNELS);
        }
        HandlingCycle[] cycles = new HandlingCycle[s.cycles().size()];
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = cycle(s.cycles().get(i));
        }
        Registration registration = new Registration(channel, s.visitId(), Customer.of(s.customer()),
                s.contentSummary(), s.recordedBy(), s.department(), acceptingLevel, s.receivedAt(),
                s.acceptanceDate(), s.dutyRegistration(), s.agreedReplyBy(), agreedReplyMethod, followUpChannel,
                s.secondaryComplaint());
        return new CaseState(id, s.version(), s.idempotencyKey(), state, registration, s.receiverId(),
                s.handedOverAt(), new Nature(type, validity, ground, s.category(), s.major()), s.recordNumber(),
                s.correctiveAction(), escalationLevel, s.coHandlingDepartments(), List.of(cycles), List.of(notes),
                List.of(followUps), new OnlineReply(s.onlineReplyText(), s.onlineReplyApprovedBy(),
                s.onlineReplyPostedAt()), s.invalidConfirmedBy(), closure, s.closedAt(), s.archiveBatchId(),
                s.archivedAt(), s.lastModifiedAt());
    }

    /**
     * The snapshot that stores a state.
     *
     * @param c the state
     * @return its stored form
     */
    static CaseSnapshot toSnapshot(CaseState c) {
        return toSnapshot(c, null, null);
    }

    /**
     * The snapshot that stores a state changed from a stored one: the parts the change left alone
     * (the same objects) are taken from the stored snapshot instead of being mapped again, so an act
     * that adds one note maps one note.
     *
     * @param c      the state
     * @param before the state it was changed from; nullable
     * @param stored {@code before}'s stored form; nullable
     * @return its stored form
     */
    static CaseSnapshot toSnapshot(CaseState c, CaseState before, CaseSnapshot stored) {
        boolean reuse = before != null && stored != null;
        Registration r = c.registration();
        Nature n = c.nature();
        List<NoteEntry> notes = reuse
                ? map(c.notes(), before.notes(), stored.notes(), CaseMapping::note) : map(c.notes(), CaseMapping::note);
        List<FollowUpEntry> followUps = reuse ? map(c.followUps(), before.followUps(), stored.followUps(),
                CaseMapping::followUp) : map(c.followUps(), CaseMapping::followUp);
        List<dev.wuye.complaint.spi.HandlingCycle> cycles = reuse
                ? map(c.cycles(), before.cycles(), stored.cycles(), CaseMapping::cycle) : map(c.cycles(), CaseMapping::cycle);
        CustomerData customer = reuse && r.customer() == before.registration().customer()
                ? stored.customer() : r.customer().toData();
        return new CaseSnapshot(c.id().value(), c.version(), c.idempotencyKey(), c.recordNumber(),
                c.state().name(), name(n.type()), name(n.validity()), name(n.ground()), n.category(), n.major(),
                r.secondaryComplaint(), c.correctiveAction(), r.channel().name(), r.visitId(), customer,
                r.contentSummary(), r.recordedBy(), c.receiverId(), r.department(), r.acceptingLevel().name(),
                r.receivedAt(), r.acceptanceDate(), r.dutyRegistration(), c.handedOverAt(), r.agreedReplyBy(),
                name(r.agreedReplyMethod()), r.followUpChannel().name(), c.escalationLevel().name(),
                c.coHandlingDepartments(), cycles, notes, followUps,
                c.onlineReply().text(), c.onlineReply().approvedBy(), c.onlineReply().postedAt(),
                c.invalidConfirmedBy(), name(c.closure()), c.closedAt(), c.archiveBatchId(), c.archivedAt(),
                c.lastModifiedAt(), null);
    }

    private static <T, S> List<S> map(List<T> now, Function<T, S> f) {
        return map(now, List.of(), List.of(), f);
    }

    /** Maps a list, taking the stored element wherever the typed one is the one it was stored from. */
    @SuppressWarnings("unchecked")
    private static <T, S> List<S> map(List<T> now, List<T> before, List<S> stored, Function<T, S> f) {
        if (now == before) {
            return stored;
        }
        Object[] mapped = new Object[now.size()];
        for (int i = 0; i < mapped.length; i++) {
            T item = now.get(i);
            mapped[i] = i < before.size() && before.get(i) == item ? stored.get(i) : f.apply(item);
        }
        return (List<S>) List.of(mapped);
    }

    private static NoteEntry note(Note note) {
        return new NoteEntry(note.at(), note.authorId(), note.kind().name(), note.text());
    }

    private static FollowUpEntry followUp(FollowUp f) {
        return new FollowUpEntry(f.cycle(), f.at(), f.byStaffId(), f.method().name(), f.timely(),
                f.resultSatisfied(), f.attitudeSatisfied(), f.remarks());
    }

    private static HandlingCycle cycle(dev.wuye.complaint.spi.HandlingCycle c) {
        return new HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(), c.investigation(),
                c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere(), c.solution(), c.solutionProposedBy(),
                c.solutionProposedAt(), c.approvedBy(), c.approvedAt(), c.result(), c.resultSignedBy(),
                c.completedAt());
    }

    private static dev.wuye.complaint.spi.HandlingCycle cycle(HandlingCycle c) {
        return new dev.wuye.complaint.spi.HandlingCycle(c.number(), c.handlerIds(), c.assignedBy(), c.assignedAt(),
                c.investigation(), c.onSiteVerified(), c.analysis(), c.sameProblemElsewhere(), c.solution(),
                c.solutionProposedBy(), c.solutionProposedAt(), c.approvedBy(), c.approvedAt(), c.result(),
                c.resultSignedBy(), c.completedAt());
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static <E extends Enum<E>> E code(String caseId, String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSnapshotException(caseId, field, value, "one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
