package dev.wuye.complaint.cases;

import dev.wuye.complaint.lifecycle.LifecycleState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The whole typed state of one case at one version: what {@link Case} holds and what
 * {@link CaseMapping} maps to and from the SPI's snapshot. Lists are immutable and never {@code null}.
 *
 * @param id                    the case id
 * @param version               1 after intake, + 1 per accepted act
 * @param idempotencyKey        the client-supplied intake key
 * @param state                 the lifecycle state
 * @param registration          what intake recorded
 * @param receiverId            the receiver (受理人); {@code null} while a duty registration awaits handover
 * @param handedOverAt          when a duty registration was handed over; nullable
 * @param nature                the classification as recorded
 * @param recordNumber          a valid complaint's record number (R-4.2.4b); nullable
 * @param correctiveAction      corrective and preventive action opened (R-4.3.1b)
 * @param escalationLevel       the level that decides (R-4.3.1f)
 * @param coHandlingDepartments co-handling departments (R-4.3.1d)
 * @param cycles                the handling cycles, oldest first
 * @param notes                 dated notes, oldest first
 * @param followUps             follow-ups, oldest first
 * @param onlineReply           the online reply (R-4.4.2d5)
 * @param invalidConfirmedBy    the head who confirmed an invalid complaint; nullable
 * @param closure               how it was closed; nullable while open
 * @param closedAt              when it was closed; nullable while open
 * @param archiveBatchId        the archive batch holding it; nullable
 * @param archivedAt            when it was archived; nullable
 * @param lastModifiedAt        when the last accepted act changed it
 */
record CaseState(
        CaseId id,
        long version,
        String idempotencyKey,
        LifecycleState state,
        Registration registration,
        String receiverId,
        Instant handedOverAt,
        Nature nature,
        String recordNumber,
        boolean correctiveAction,
        EscalationLevel escalationLevel,
        List<String> coHandlingDepartments,
        List<HandlingCycle> cycles,
        List<Note> notes,
        List<FollowUp> followUps,
        OnlineReply onlineReply,
        String invalidConfirmedBy,
        Closure closure,
        Instant closedAt,
        String archiveBatchId,
        Instant archivedAt,
        Instant lastModifiedAt) {

    CaseState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(escalationLevel, "escalationLevel");
        Objects.requireNonNull(onlineReply, "onlineReply");
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        coHandlingDepartments = List.copyOf(coHandlingDepartments);
        cycles = List.copyOf(cycles);
        notes = List.copyOf(notes);
        followUps = List.copyOf(followUps);
    }

    /** The current (last) handling cycle, or {@code null} before the first assignment. */
    HandlingCycle currentCycle() {
        return cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
    }

    /** A builder pre-filled with this state. */
    Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a state, changed by one behaviour and built once. Not thread-safe. */
    static final class Builder {
        private CaseId id;
        private long version;
        private String idempotencyKey;
        private LifecycleState state;
        private Registration registration;
        private String receiverId;
        private Instant handedOverAt;
        private Nature nature = Nature.UNCLASSIFIED;
        private String recordNumber;
        private boolean correctiveAction;
        private EscalationLevel escalationLevel = EscalationLevel.HANDLER;
        private List<String> coHandlingDepartments = List.of();
        private List<HandlingCycle> cycles = List.of();
        private List<Note> notes = List.of();
        private List<FollowUp> followUps = List.of();
        private OnlineReply onlineReply = OnlineReply.NONE;
        private String invalidConfirmedBy;
        private Closure closure;
        private Instant closedAt;
        private String archiveBatchId;
        private Instant archivedAt;
        private Instant lastModifiedAt;

        Builder() {
        }

        private Builder(CaseState s) {
            id = s.id; version = s.version; idempotencyKey = s.idempotencyKey; state = s.state;
            registration = s.registration; receiverId = s.receiverId; handedOverAt = s.handedOverAt;
            nature = s.nature; recordNumber = s.recordNumber; correctiveAction = s.correctiveAction;
            escalationLevel = s.escalationLevel; coHandlingDepartments = s.coHandlingDepartments;
            cycles = s.cycles; notes = s.notes; followUps = s.followUps; onlineReply = s.onlineReply;
            invalidConfirmedBy = s.invalidConfirmedBy; closure = s.closure; closedAt = s.closedAt;
            archiveBatchId = s.archiveBatchId; archivedAt = s.archivedAt; lastModifiedAt = s.lastModifiedAt;
        }

        Builder id(CaseId v) { id = v; return this; }
        Builder version(long v) { version = v; return this; }
        Builder idempotencyKey(String v) { idempotencyKey = v; return this; }
        Builder state(LifecycleState v) { state = v; return this; }
        Builder registration(Registration v) { registration = v; return this; }
        Builder receiverId(String v) { receiverId = v; return this; }
        Builder handedOverAt(Instant v) { handedOverAt = v; return this; }
        Builder nature(Nature v) { nature = v; return this; }
        Builder recordNumber(String v) { recordNumber = v; return this; }
        Builder correctiveAction(boolean v) { correctiveAction = v; return this; }
        Builder escalationLevel(EscalationLevel v) { escalationLevel = v; return this; }
        Builder coHandlingDepartments(List<String> v) { coHandlingDepartments = v; return this; }
        Builder cycles(List<HandlingCycle> v) { cycles = v; return this; }
        Builder notes(List<Note> v) { notes = v; return this; }
        Builder followUps(List<FollowUp> v) { followUps = v; return this; }
        Builder onlineReply(OnlineReply v) { onlineReply = v; return this; }
        Builder invalidConfirmedBy(String v) { invalidConfirmedBy = v; return this; }
        Builder closure(Closure v) { closure = v; return this; }
        Builder closedAt(Instant v) { closedAt = v; return this; }
        Builder archiveBatchId(String v) { archiveBatchId = v; return this; }
        Builder archivedAt(Instant v) { archivedAt = v; return this; }
        Builder lastModifiedAt(Instant v) { lastModifiedAt = v; return this; }

        /** Whether the case has been closed before this change. */
        boolean closed() {
            return closedAt != null;
        }

        /** Appends a note by the actor. */
        Builder note(Act act, NoteKind kind, String text) {
            notes = plus(notes, new Note(act.at(), act.staffId(), kind, text == null ? "" : text));
            return this;
        }

        /** Appends a follow-up. */
        Builder followUp(FollowUp entry) {
            followUps = plus(followUps, entry);
            return this;
        }

        /** Appends a handling cycle. */
        Builder cycle(HandlingCycle cycle) {
            cycles = plus(cycles, cycle);
            return this;
        }

        /** Appends a co-handling department. */
        Builder coHandlingDepartment(String department) {
            coHandlingDepartments = plus(coHandlingDepartments, department);
            return this;
        }

        /** Changes the current cycle; the first cycle when there is none yet. */
        Builder currentCycle(UnaryOperator<HandlingCycle> change) {
            List<HandlingCycle> changed = new ArrayList<>(cycles);
            if (changed.isEmpty()) {
                changed.add(change.apply(HandlingCycle.empty(1)));
            } else {
                changed.set(changed.size() - 1, change.apply(changed.get(changed.size() - 1)));
            }
            cycles = List.copyOf(changed);
            return this;
        }

        private static <T> List<T> plus(List<T> list, T item) {
            List<T> longer = new ArrayList<>(list.size() + 1);
            longer.addAll(list);
            longer.add(item);
            return List.copyOf(longer);
        }

        /** The state. */
        CaseState build() {
            return new CaseState(id, version, idempotencyKey, state, registration, receiverId, handedOverAt, nature,
                    recordNumber, correctiveAction, escalationLevel, coHandlingDepartments, cycles, notes, followUps,
                    onlineReply, invalidConfirmedBy, closure, closedAt, archiveBatchId, archivedAt, lastModifiedAt);
        }
    }
}
