package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * 受理 — an opinion is received, any hour of any day, by any employee (R-4.2.1a, R-3.4).
 * In office hours (the desk's calendar and office hours, judged at {@code receivedAt}) the receiver
 * accepts it: the recorder if they are a receiver of the department, else the {@code receiverId} it is
 * passed to (R-4.2.1a). Off hours it becomes a duty registration, whoever records it, handed to the
 * receiver when the next working day starts (R-4.2.1b, R-4.2.4a); its acceptance date is the day it
 * was registered. Idempotent by
 * {@code idempotencyKey}: the same key returns the existing case.
 *
 * @param recorder           the employee who records it (R-4.2.1a, R-4.2.3b)
 * @param idempotencyKey     client-supplied key, unique per opinion
 * @param channel            how it came in (R-4.2.3a)
 * @param customer           who raised it; personal data
 * @param contentSummary     内容提要 (R-4.2.3b)
 * @param receiverId         the receiver it is passed to; {@code null} when the recorder is the department's receiver
 * @param department         the handling department (the GMD's id for company-level opinions, R-3.2)
 * @param acceptingLevel     service centre or company (R-4.7.1/4.7.2)
 * @param receivedAt         when it was received
 * @param agreedReplyBy      the reply time agreed with the customer (R-4.2.5b); nullable
 * @param agreedReplyMethod  the reply method agreed with the customer (R-4.2.5b); nullable
 * @param followUpChannel    the customer's chosen follow-up channel, or NONE (R-4.4.2c, R-4.4.2d6)
 * @param secondaryComplaint arose from a conflict at intake (R-4.2.5a/c/d)
 * @param visitId            the customer visit it was raised on; nullable
 */
public record ReceiveOpinion(
        @NotNull(message = "{wuye.recorder.required}") @Valid Actor recorder,
        @NotBlank(message = "{wuye.idempotencyKey.required}")
        @Size(max = CaseSnapshot.MAX_KEY_LENGTH, message = "{wuye.idempotencyKey.size}") String idempotencyKey,
        @NotNull(message = "{wuye.channel.required}") Channel channel,
        @NotNull(message = "{wuye.customer.required}") @Valid Customer customer,
        @NotBlank(message = "{wuye.contentSummary.required}")
        @Size(max = CaseSnapshot.MAX_SUMMARY_LENGTH, message = "{wuye.contentSummary.size}") String contentSummary,
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.receiverId.size}") String receiverId,
        @NotBlank(message = "{wuye.department.required}")
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.department.size}") String department,
        @NotNull(message = "{wuye.acceptingLevel.required}") AcceptingLevel acceptingLevel,
        @NotNull(message = "{wuye.receivedAt.required}")
        @PastOrPresent(message = "{wuye.receivedAt.future}") Instant receivedAt,
        Instant agreedReplyBy,
        FollowUpMethod agreedReplyMethod,
        @NotNull(message = "{wuye.followUpChannel.required}") FollowUpMethod followUpChannel,
        boolean secondaryComplaint,
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.visitId.size}") String visitId)
        implements Command {

    /** The recorder issues the command. */
    @Override
    public Actor actor() {
        return recorder;
    }

    /**
     * R-4.2.5b: an agreed reply time lies after the receipt. Checked by validation as the property
     * {@code agreedReplyBy}.
     *
     * @return whether the agreed reply time, if any, is after {@link #receivedAt()}
     */
    @AssertTrue(message = "{wuye.agreedReplyBy.beforeReceipt}")
    public boolean isAgreedReplyBy() {
        return agreedReplyBy == null || receivedAt == null || agreedReplyBy.isAfter(receivedAt);
    }
}
