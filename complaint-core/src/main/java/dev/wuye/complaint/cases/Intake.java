package dev.wuye.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What is recorded when an opinion is received (R-4.2.1–4.2.5), already decided by the caller:
 * whether it is a duty registration (off hours, R-4.2.1b) and its acceptance date.
 *
 * @param idempotencyKey     the client-supplied key that makes intake idempotent
 * @param channel            how it came in
 * @param customer           who raised it
 * @param contentSummary     内容提要 (R-4.2.3b)
 * @param recordedBy         the employee who recorded it (R-4.2.1a)
 * @param receiverId         the receiver (受理人) who accepts and tracks it; {@code null} for a duty registration
 * @param department         the handling department
 * @param acceptingLevel     service centre or company
 * @param receivedAt         when it was received
 * @param acceptanceDate     the date the time limits count from
 * @param dutyRegistration   registered off hours by the duty officer (R-4.2.1b)
 * @param handoverDue        for a duty registration: when the handover to the receiver is due; nullable
 * @param agreedReplyBy      the reply time agreed with the customer (R-4.2.5b); nullable
 * @param agreedReplyMethod  the reply method agreed with the customer (R-4.2.5b); nullable
 * @param replyBasis         what the reply time and method rest on: agreed, the customer's wish, or no
 *                           preference (R-4.2.5b); recorded as the case's first note
 * @param followUpChannel    the customer's chosen follow-up channel, or NONE (R-4.4.2c, R-4.4.2d6)
 * @param secondaryComplaint arose from a conflict at intake (R-4.2.5a/c/d)
 * @param visitId            the customer visit it was raised on; nullable
 */
public record Intake(
        String idempotencyKey,
        Channel channel,
        Customer customer,
        String contentSummary,
        String recordedBy,
        String receiverId,
        String department,
        AcceptingLevel acceptingLevel,
        Instant receivedAt,
        LocalDate acceptanceDate,
        boolean dutyRegistration,
        Instant handoverDue,
        Instant agreedReplyBy,
        FollowUpMethod agreedReplyMethod,
        ReplyBasis replyBasis,
        FollowUpMethod followUpChannel,
        boolean secondaryComplaint,
        String visitId) {

    public Intake {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contentSummary, "contentSummary");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(acceptingLevel, "acceptingLevel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acceptanceDate, "acceptanceDate");
        Objects.requireNonNull(replyBasis, "replyBasis");
        Objects.requireNonNull(followUpChannel, "followUpChannel");
    }
}
