package dev.wuye.complaint.cases;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.Route;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The typed state of a {@link Case}, how it reads, and the one way it changes ({@link #apply}): the
 * lifecycle decides the trigger, the change is made on a copy, the version goes up. Its public
 * methods are {@link Case}'s; the behaviours are in {@link CaseHandling} and {@link Case}.
 */
abstract sealed class CaseView permits CaseHandling {

    /** The state. */
    final CaseState s;
    /** The stored form, kept from {@link Case#restore} or made once on demand; not part of the value. */
    private CaseSnapshot snapshot;
    /** Until {@link #snapshot} is made: the state this one was changed from, and its stored form. */
    private CaseState basis;
    private CaseSnapshot basisSnapshot;

    CaseView(CaseState state, CaseSnapshot snapshot) {
        this.s = state;
        this.snapshot = snapshot;
    }

    /** A state changed from {@code before}: its stored form is made from {@code before}'s, if known. */
    CaseView(CaseState state, CaseView before) {
        this.s = state;
        this.basis = before.s;
        this.basisSnapshot = before.snapshot;
    }

    // ------------------------------------------------------------------ mechanics

    /** Asks the lifecycle, then makes the change; a lifecycle rejection is passed on as the refusal. */
    final Outcome apply(LifecycleTrigger trigger, TransitionFacts facts, Act act,
                        BiConsumer<CaseState.Builder, LifecycleState> change, Function<Case, CaseEvent> event) {
        return apply(trigger, facts, act, Optional::empty, change, event);
    }

    /** As above, checking {@code rule} once the lifecycle has allowed the trigger. */
    final Outcome apply(LifecycleTrigger trigger, TransitionFacts facts, Act act, Supplier<Optional<Rejection>> rule,
                        BiConsumer<CaseState.Builder, LifecycleState> change, Function<Case, CaseEvent> event) {
        Decision d = act.engine().decide(s.state(), trigger, facts);
        if (d instanceof Decision.Reject r) {
            return refusal(r);
        }
        Optional<Rejection> no = rule.get();
        if (no.isPresent()) {
            return new Outcome.Refused(no.get());
        }
        LifecycleState to = ((Decision.Move) d).target();
        CaseState.Builder b = s.toBuilder().version(s.version() + 1).state(to).lastModifiedAt(act.at());
        change.accept(b, to);
        if (to.isClosed() && s.closedAt() == null) {
            b.closedAt(act.at());
        }
        Case after = new Case(b.build(), this);
        return new Outcome.Changed((Case) this, after, event.apply(after));
    }

    /** The lifecycle's own rejection, passed through unchanged. */
    private static Outcome refusal(Decision.Reject r) {
        return new Outcome.Refused(r.rejection());
    }

    static TransitionFacts withRoute(TransitionFacts f, Route route) {
        return new TransitionFacts(route, f.investigationRecorded(), f.escalationExhausted(), f.onlineFollowUp(),
                f.followUpSatisfied(), f.followUpDone());
    }

    /** The facts the state chart's guards read, as they are now. */
    public TransitionFacts facts() {
        HandlingCycle current = s.currentCycle();
        return new TransitionFacts(route(), current != null && current.investigationRecorded(),
                s.escalationLevel().next().isEmpty(), followUpChannel() == FollowUpMethod.ONLINE, false,
                followUpDone());
    }

    /** Whether the current handling cycle has been followed up (R-4.4.2a). */
    public boolean followUpDone() {
        int number = currentCycleNumber();
        if (number == 0) {
            return false;
        }
        for (FollowUp f : s.followUps()) {
            if (f.cycle() == number) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ reading

    /** The case's stored form, at its current version. */
    public CaseSnapshot toSnapshot() {
        CaseSnapshot stored = snapshot;
        if (stored == null) {
            CaseState from = basis;
            CaseSnapshot fromSnapshot = basisSnapshot;
            stored = from == null || fromSnapshot == null
                    ? CaseMapping.toSnapshot(s) : CaseMapping.toSnapshot(s, from, fromSnapshot);
            snapshot = stored;
            basis = null;
            basisSnapshot = null;
        }
        return stored;
    }

    /** The case id. */
    public CaseId id() {
        return s.id();
    }

    /** The version: 1 after intake, + 1 per accepted act. */
    public long version() {
        return s.version();
    }

    /** The lifecycle state. */
    public LifecycleState state() {
        return s.state();
    }

    /** The opinion type; empty until classified. */
    public Optional<OpinionType> type() {
        return Optional.ofNullable(s.nature().type());
    }

    /** A complaint's validity; empty until classified and for anything but a complaint. */
    public Optional<Validity> validity() {
        return Optional.ofNullable(s.nature().validity());
    }

    /** A complaint's validity ground; empty otherwise. */
    public Optional<ValidityGround> validityGround() {
        return Optional.ofNullable(s.nature().ground());
    }

    /** What the lifecycle knows of the classification. */
    public Route route() {
        return s.nature().route();
    }

    /** Whether this is a major complaint (重大投诉, R-4.3.1c). */
    public boolean isMajor() {
        return s.nature().major();
    }

    /** The intake channel. */
    public Channel channel() {
        return s.registration().channel();
    }

    /** Who accepted it. */
    public AcceptingLevel acceptingLevel() {
        return s.registration().acceptingLevel();
    }

    /** The customer's chosen follow-up channel, or NONE. */
    public FollowUpMethod followUpChannel() {
        return s.registration().followUpChannel();
    }

    /** The reply method agreed at intake (R-4.2.5b); empty when none was agreed. */
    public Optional<FollowUpMethod> agreedReplyMethod() {
        return Optional.ofNullable(s.registration().agreedReplyMethod());
    }

    /**
     * What the reply time and method recorded at intake rest on (R-4.2.5b), read from the intake's
     * {@link NoteKind#REPLY_TERMS} note.
     *
     * @return the basis; empty for a case recorded before intake required one
     */
    public Optional<ReplyBasis> replyBasis() {
        for (Note n : s.notes()) {
            if (n.kind() == NoteKind.REPLY_TERMS) {
                for (ReplyBasis b : ReplyBasis.values()) {
                    if (n.text().startsWith(b.name())) {
                        return Optional.of(b);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The level that currently decides (R-4.3.1f). */
    public EscalationLevel escalationLevel() {
        return s.escalationLevel();
    }

    /** Whether this is a company-level case: accepted by the company or decided at the GMD or above. */
    public boolean isCompanyLevel() {
        return isCompanyLevel(acceptingLevel(), escalationLevel());
    }

    /**
     * The one definition of a company-level case: accepted by the company, or
     * escalated to the GMD, the management representative or the general manager.
     *
     * @param accepted  who accepted it
     * @param escalated the level that decides now
     * @return whether the GMD keeps its records
     */
    public static boolean isCompanyLevel(AcceptingLevel accepted, EscalationLevel escalated) {
        return accepted == AcceptingLevel.COMPANY || escalated.isCompanyLevel();
    }

    /** How the case was closed; empty while open. */
    public Optional<Closure> closure() {
        return Optional.ofNullable(s.closure());
    }

    /** The handling department. */
    public String department() {
        return s.registration().department();
    }

    /** Departments the form was transferred to for co-handling (R-4.3.1d). */
    public List<String> coHandlingDepartments() {
        return s.coHandlingDepartments();
    }

    /** The receiver (受理人) who tracks the case; empty while a duty registration awaits handover. */
    public Optional<String> receiverId() {
        return Optional.ofNullable(s.receiverId());
    }

    /**
     * Whether the case's receiver is this staff member: the receiver who accepted it, or the one it
     * was handed over to (R-3.3, R-4.4.2b).
     *
     * @param staffId the staff id
     * @return whether they are the case's receiver now
     */
    public boolean isReceiver(String staffId) {
        return staffId != null && staffId.equals(s.receiverId());
    }

    /**
     * Whether the department head has decided, on record, that the case goes beyond the department
     * to the GMD (R-4.3.1f); the decision stands while the case is at the department head's level.
     */
    public boolean escalationDecided() {
        return s.escalationLevel() == EscalationLevel.DEPARTMENT_HEAD && hasNote(NoteKind.ESCALATION_DECIDED);
    }

    /** Whether the opinion was marked of major impact and went to the general manager directly. */
    public boolean majorImpact() {
        return hasNote(NoteKind.MAJOR_IMPACT);
    }

    private boolean hasNote(NoteKind kind) {
        for (Note n : s.notes()) {
            if (n.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** The current handling cycle; empty before the first assignment. */
    public Optional<HandlingCycle> currentCycle() {
        return Optional.ofNullable(s.currentCycle());
    }

    /** The current cycle's number; 0 before the first assignment. */
    public int currentCycleNumber() {
        HandlingCycle current = s.currentCycle();
        return current == null ? 0 : current.number();
    }

    /** The handlers of the current cycle; empty before the first assignment. */
    public List<String> currentHandlers() {
        HandlingCycle current = s.currentCycle();
        return current == null ? List.of() : current.handlerIds();
    }

    /** The record number of a valid complaint (R-4.2.4b); empty otherwise. */
    public Optional<String> recordNumber() {
        return Optional.ofNullable(s.recordNumber());
    }

    /** Equal when the typed state is. */
    @Override
    public final boolean equals(Object o) {
        return o instanceof CaseView other && s.equals(other.s);
    }

    @Override
    public final int hashCode() {
        return s.hashCode();
    }

    @Override
    public final String toString() {
        return "Complaint[id=" + s.id() + ", version=" + s.version() + ", state=" + s.state() + ", type="
                + s.nature().type() + ", department=" + department() + ", customer="
                + s.registration().customer().toData() + "]";
    }
}
