package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.NoteEntry;

import java.util.Arrays;
import java.util.List;

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
        Registration r = c.registration();
        Nature n = c.nature();
        NoteEntry[] notes = new NoteEntry[c.notes().size()];
        for (int i = 0; i < notes.length; i++) {
            Note note = c.notes().get(i);
            notes[i] = new NoteEntry(note.at(), note.authorId(), note.kind().name(), note.text());
        }
        FollowUpEntry[] followUps = new FollowUpEntry[c.followUps().size()];
        for (int i = 0; i < followUps.length; i++) {
            FollowUp f = c.followUps().get(i);
            followUps[i] = new FollowUpEntry(f.cycle(), f.at(), f.byStaffId(), f.method().name(), f.timely(),
                    f.resultSatisfied(), f.attitudeSatisfied(), f.remarks());
        }
        dev.wuye.complaint.spi.HandlingCycle[] cycles = new dev.wuye.complaint.spi.HandlingCycle[c.cycles().size()];
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = cycle(c.cycles().get(i));
        }
        return new CaseSnapshot(c.id().value(), c.version(), c.idempotencyKey(), c.recordNumber(),
                c.state().name(), name(n.type()), name(n.validity()), name(n.ground()), n.category(), n.major(),
                r.secondaryComplaint(), c.correctiveAction(), r.channel().name(), r.visitId(), r.customer().toData(),
                r.contentSummary(), r.recordedBy(), c.receiverId(), r.department(), r.acceptingLevel().name(),
                r.receivedAt(), r.acceptanceDate(), r.dutyRegistration(), c.handedOverAt(), r.agreedReplyBy(),
                name(r.agreedReplyMethod()), r.followUpChannel().name(), c.escalationLevel().name(),
                c.coHandlingDepartments(), List.of(cycles), List.of(notes), List.of(followUps),
                c.onlineReply().text(), c.onlineReply().approvedBy(), c.onlineReply().postedAt(),
                c.invalidConfirmedBy(), name(c.closure()), c.closedAt(), c.archiveBatchId(), c.archivedAt(),
                c.lastModifiedAt());
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
