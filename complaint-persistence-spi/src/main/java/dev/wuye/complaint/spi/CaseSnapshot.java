package dev.wuye.complaint.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the procedure records about one customer opinion (客户意见), as stored.
 *
 * <p>A snapshot is the whole state of one case at one {@link #version()}. The core writes a new
 * snapshot for every accepted command with {@code version = previous + 1}; a store keeps the latest
 * one and the audit trail beside it. Codes are the core's enum constant names, stored verbatim.
 *
 * <p>Nullable components are marked; lists are never {@code null} (empty instead) and are copied
 * defensively. {@link #toString()} masks the customer's personal data.
 *
 * <p>Lengths a store must keep, counted in UTF-16 {@code char}s as {@link String#length()} does, for any
 * Unicode text including Chinese and supplementary characters (emoji): ids, codes, staff ids, department
 * ids and phone numbers up to {@link #MAX_ID_LENGTH}; the idempotency key up to {@link #MAX_KEY_LENGTH};
 * the content summary up to {@link #MAX_SUMMARY_LENGTH}; every other text (names, addresses, notes,
 * solutions, results, replies, remarks) up to {@link #MAX_TEXT_LENGTH}. Ids and keys are compared as
 * exact strings: case, trailing spaces and every code point count.
 *
 * @param id                     the case id, unique, at most 64 characters
 * @param version                optimistic-concurrency version, {@code >= 1} once stored
 * @param idempotencyKey         client-supplied intake key, unique per store, at most 128 characters
 * @param recordNumber           the record number a valid complaint gets (R-4.2.4b); nullable
 * @param state                  lifecycle state code (e.g. {@code HANDLING_AWAITING_APPROVAL})
 * @param type                   opinion type code (INQUIRY, SUGGESTION, COMPLAINT, PRAISE); nullable until classified
 * @param validity               VALID or INVALID for a complaint; nullable
 * @param validityGround         the ground of the validity decision (R-4.2.2a–c); nullable
 * @param category               category code (repairs, security …); nullable until classified
 * @param major                  a major complaint (重大投诉, R-4.3.1c)
 * @param secondaryComplaint     arose from a conflict at intake (R-4.2.5a/c/d)
 * @param correctiveAction       corrective and preventive action opened (R-4.3.1b)
 * @param channel                intake channel code (PHONE, WALK_IN, ONLINE_FORUM …)
 * @param visitId                the customer visit the opinion was raised on; nullable
 * @param customer               who raised it; personal data
 * @param contentSummary         内容提要, at most 2,000 characters
 * @param recordedBy             staff id of the employee who recorded it (R-4.2.1a)
 * @param receiverId             staff id of the receiver (受理人) who tracks it; nullable while a duty registration awaits handover
 * @param department             the handling department (service centre or GMD) id
 * @param acceptingLevel         SERVICE_CENTRE or COMPANY (R-4.7.1/4.7.2)
 * @param receivedAt             when it was received
 * @param acceptanceDate         the acceptance date the time limits count from
 * @param dutyRegistration       registered off hours by a duty officer (R-4.2.1b)
 * @param handedOverAt           when the duty registration was handed to the receiver; nullable
 * @param agreedReplyBy          the reply time agreed with the customer (R-4.2.5b); nullable
 * @param agreedReplyMethod      the reply method agreed with the customer; nullable
 * @param followUpChannel        the customer's chosen follow-up method (PHONE, HOME_VISIT, LETTER, ONLINE) or NONE
 * @param escalationLevel        current handling level (HANDLER, DEPARTMENT_HEAD, GMD, MANAGEMENT_REPRESENTATIVE, GENERAL_MANAGER)
 * @param coHandlingDepartments  departments the form was transferred to for co-handling (R-4.3.1d)
 * @param cycles                 handling cycles; a second cycle is re-handling after an unsatisfied follow-up
 * @param notes                  progress notes, customer updates, duty-officer handling entries …
 * @param followUps              follow-up visits (回访), oldest first
 * @param onlineReplyText        the online reply drafted for posting (R-4.4.2d5); nullable
 * @param onlineReplyApprovedBy  the centre director who approved it; nullable
 * @param onlineReplyPostedAt    when it was posted; nullable
 * @param invalidConfirmedBy     the head who confirmed an invalid complaint (R-4.2.4b); nullable
 * @param closure                how a short path closed it (answer, reply, thanks passed on); nullable
 * @param closedAt               when the case was closed (ready for the archive); nullable while open
 * @param archiveBatchId         the archive batch holding it; nullable
 * @param archivedAt             when it was archived; nullable
 * @param lastModifiedAt         when the last accepted command changed it
 * @param nextDueAt              the earliest instant a clock of the case may need attention (due soon or
 *                               overdue), derived by the core when it saves and stored as given (a store
 *                               never derives it); it may be earlier than the truth, never later, so a
 *                               scan that evaluates only the cases whose instant has come misses nothing;
 *                               {@link #NOT_DUE} for an open case with no running clock; {@code null} when
 *                               not derived (a closed case, or a row no command wrote), which a scan
 *                               evaluates every time. See {@link CaseStore#streamDue}
 */
public record CaseSnapshot(
        String id,
        long version,
        String idempotencyKey,
        String recordNumber,
        String state,
        String type,
        String validity,
        String validityGround,
        String category,
        boolean major,
        boolean secondaryComplaint,
        boolean correctiveAction,
        String channel,
        String visitId,
        CustomerData customer,
        String contentSummary,
        String recordedBy,
        String receiverId,
        String department,
        String acceptingLevel,
        Instant receivedAt,
        LocalDate acceptanceDate,
        boolean dutyRegistration,
        Instant handedOverAt,
        Instant agreedReplyBy,
        String agreedReplyMethod,
        String followUpChannel,
        String escalationLevel,
        List<String> coHandlingDepartments,
        List<HandlingCycle> cycles,
        List<NoteEntry> notes,
        List<FollowUpEntry> followUps,
        String onlineReplyText,
        String onlineReplyApprovedBy,
        Instant onlineReplyPostedAt,
        String invalidConfirmedBy,
        String closure,
        Instant closedAt,
        String archiveBatchId,
        Instant archivedAt,
        Instant lastModifiedAt,
        Instant nextDueAt) {

    /**
     * The {@link #nextDueAt()} of an open case none of whose clocks runs: no clock starts without a
     * command, which saves a new snapshot. Stores must keep instants up to it (9999-12-31).
     */
    public static final Instant NOT_DUE = Instant.parse("9999-12-31T00:00:00Z");

    /** Longest content summary a store must keep. */
    public static final int MAX_SUMMARY_LENGTH = 2000;
    /** Longest free text (notes, solutions, results, replies) a store must keep. */
    public static final int MAX_TEXT_LENGTH = 4000;
    /** Longest id or key a store must keep. */
    public static final int MAX_ID_LENGTH = 64;
    /** Longest idempotency key a store must keep. */
    public static final int MAX_KEY_LENGTH = 128;

    public CaseSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contentSummary, "contentSummary");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(acceptingLevel, "acceptingLevel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acceptanceDate, "acceptanceDate");
        Objects.requireNonNull(followUpChannel, "followUpChannel");
        Objects.requireNonNull(escalationLevel, "escalationLevel");
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        coHandlingDepartments = List.copyOf(Objects.requireNonNullElse(coHandlingDepartments, List.of()));
        cycles = List.copyOf(Objects.requireNonNullElse(cycles, List.of()));
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
        followUps = List.copyOf(Objects.requireNonNullElse(followUps, List.of()));
    }

    /** Whether the case is still open (not closed by a short path, a follow-up or archiving). */
    public boolean isOpen() {
        return closedAt == null;
    }

    /**
     * This snapshot with another {@link #nextDueAt()}; the core calls it before saving.
     *
     * @param due the earliest instant a clock may need attention, or {@code null} when none runs
     * @return a copy differing only in {@code nextDueAt}
     */
    public CaseSnapshot withNextDueAt(Instant due) {
        return toBuilder().nextDueAt(due).build();
    }

    /** A builder pre-filled with this snapshot's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "CaseSnapshot[id=" + id + ", version=" + version + ", state=" + state
                + ", type=" + type + ", department=" + department + ", customer=" + customer
                + ", receivedAt=" + receivedAt + ", closedAt=" + closedAt + ", nextDueAt=" + nextDueAt + "]";
    }

    /** Mutable builder for {@link CaseSnapshot}; used by stores when mapping rows. Not thread-safe. */
    public static final class Builder {
        private String id;
        private long version;
        private String idempotencyKey;
        private String recordNumber;
        private String state;
        private String type;
        private String validity;
        private String validityGround;
        private String category;
        private boolean major;
        private boolean secondaryComplaint;
        private boolean correctiveAction;
        private String channel;
        private String visitId;
        private CustomerData customer;
        private String contentSummary;
        private String recordedBy;
        private String receiverId;
        private String department;
        private String acceptingLevel;
        private Instant receivedAt;
        private LocalDate acceptanceDate;
        private boolean dutyRegistration;
        private Instant handedOverAt;
        private Instant agreedReplyBy;
        private String agreedReplyMethod;
        private String followUpChannel;
        private String escalationLevel;
        private List<String> coHandlingDepartments = List.of();
        private List<HandlingCycle> cycles = List.of();
        private List<NoteEntry> notes = List.of();
        private List<FollowUpEntry> followUps = List.of();
        private String onlineReplyText;
        private String onlineReplyApprovedBy;
        private Instant onlineReplyPostedAt;
        private String invalidConfirmedBy;
        private String closure;
        private Instant closedAt;
        private String archiveBatchId;
        private Instant archivedAt;
        private Instant lastModifiedAt;
        private Instant nextDueAt;

        private Builder() {
        }

        private Builder(CaseSnapshot s) {
            id = s.id; version = s.version; idempotencyKey = s.idempotencyKey; recordNumber = s.recordNumber;
            state = s.state; type = s.type; validity = s.validity; validityGround = s.validityGround;
            category = s.category; major = s.major; secondaryComplaint = s.secondaryComplaint;
            correctiveAction = s.correctiveAction; channel = s.channel; visitId = s.visitId; customer = s.customer;
            contentSummary = s.contentSummary; recordedBy = s.recordedBy; receiverId = s.receiverId;
            department = s.department; acceptingLevel = s.acceptingLevel; receivedAt = s.receivedAt;
            acceptanceDate = s.acceptanceDate; dutyRegistration = s.dutyRegistration; handedOverAt = s.handedOverAt;
            agreedReplyBy = s.agreedReplyBy; agreedReplyMethod = s.agreedReplyMethod;
            followUpChannel = s.followUpChannel; escalationLevel = s.escalationLevel;
            coHandlingDepartments = s.coHandlingDepartments; cycles = s.cycles; notes = s.notes;
            followUps = s.followUps; onlineReplyText = s.onlineReplyText;
            onlineReplyApprovedBy = s.onlineReplyApprovedBy; onlineReplyPostedAt = s.onlineReplyPostedAt;
            invalidConfirmedBy = s.invalidConfirmedBy; closure = s.closure; closedAt = s.closedAt;
            archiveBatchId = s.archiveBatchId; archivedAt = s.archivedAt; lastModifiedAt = s.lastModifiedAt;
            nextDueAt = s.nextDueAt;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder idempotencyKey(String v) { idempotencyKey = v; return this; }
        public Builder recordNumber(String v) { recordNumber = v; return this; }
        public Builder state(String v) { state = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder validity(String v) { validity = v; return this; }
        public Builder validityGround(String v) { validityGround = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder major(boolean v) { major = v; return this; }
        public Builder secondaryComplaint(boolean v) { secondaryComplaint = v; return this; }
        public Builder correctiveAction(boolean v) { correctiveAction = v; return this; }
        public Builder channel(String v) { channel = v; return this; }
        public Builder visitId(String v) { visitId = v; return this; }
        public Builder customer(CustomerData v) { customer = v; return this; }
        public Builder contentSummary(String v) { contentSummary = v; return this; }
        public Builder recordedBy(String v) { recordedBy = v; return this; }
        public Builder receiverId(String v) { receiverId = v; return this; }
        public Builder department(String v) { department = v; return this; }
        public Builder acceptingLevel(String v) { acceptingLevel = v; return this; }
        public Builder receivedAt(Instant v) { receivedAt = v; return this; }
        public Builder acceptanceDate(LocalDate v) { acceptanceDate = v; return this; }
        public Builder dutyRegistration(boolean v) { dutyRegistration = v; return this; }
        public Builder handedOverAt(Instant v) { handedOverAt = v; return this; }
        public Builder agreedReplyBy(Instant v) { agreedReplyBy = v; return this; }
        public Builder agreedReplyMethod(String v) { agreedReplyMethod = v; return this; }
        public Builder followUpChannel(String v) { followUpChannel = v; return this; }
        public Builder escalationLevel(String v) { escalationLevel = v; return this; }
        public Builder coHandlingDepartments(List<String> v) { coHandlingDepartments = v; return this; }
        public Builder cycles(List<HandlingCycle> v) { cycles = v; return this; }
        public Builder notes(List<NoteEntry> v) { notes = v; return this; }
        public Builder followUps(List<FollowUpEntry> v) { followUps = v; return this; }
        public Builder onlineReplyText(String v) { onlineReplyText = v; return this; }
        public Builder onlineReplyApprovedBy(String v) { onlineReplyApprovedBy = v; return this; }
        public Builder onlineReplyPostedAt(Instant v) { onlineReplyPostedAt = v; return this; }
        public Builder invalidConfirmedBy(String v) { invalidConfirmedBy = v; return this; }
        public Builder closure(String v) { closure = v; return this; }
        public Builder closedAt(Instant v) { closedAt = v; return this; }
        public Builder archiveBatchId(String v) { archiveBatchId = v; return this; }
        public Builder archivedAt(Instant v) { archivedAt = v; return this; }
        public Builder lastModifiedAt(Instant v) { lastModifiedAt = v; return this; }
        public Builder nextDueAt(Instant v) { nextDueAt = v; return this; }

        /** Builds the snapshot; fails with {@link NullPointerException} naming a missing required component. */
        public CaseSnapshot build() {
            return new CaseSnapshot(id, version, idempotencyKey, recordNumber, state, type, validity,
                    validityGround, category, major, secondaryComplaint, correctiveAction, channel, visitId,
                    customer, contentSummary, recordedBy, receiverId, department, acceptingLevel, receivedAt,
                    acceptanceDate, dutyRegistration, handedOverAt, agreedReplyBy, agreedReplyMethod,
                    followUpChannel, escalationLevel, coHandlingDepartments, cycles, notes, followUps,
                    onlineReplyText, onlineReplyApprovedBy, onlineReplyPostedAt, invalidConfirmedBy, closure,
                    closedAt, archiveBatchId, archivedAt, lastModifiedAt, nextDueAt);
        }
    }
}
