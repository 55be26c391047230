package dev.wuye.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What was recorded when the opinion was received (R-4.2.1–4.2.5) and stays as recorded.
 *
 * @param channel            how it came in
 * @param visitId            the customer visit it was raised on; nullable
 * @param customer           who raised it
 * @param contentSummary     内容提要 (R-4.2.3b)
 * @param recordedBy         the employee who recorded it (R-4.2.1a)
 * @param department         the handling department
 * @param acceptingLevel     service centre or company (R-4.7.1/4.7.2)
 * @param receivedAt         when it was received
 * @param acceptanceDate     the date the time limits count from
 * @param dutyRegistration   registered off hours by the duty officer (R-4.2.1b)
 * @param agreedReplyBy      the reply time agreed with the customer (R-4.2.5b); nullable
 * @param agreedReplyMethod  the reply method agreed with the customer; nullable
 * @param followUpChannel    the customer's chosen follow-up channel, or NONE
 * @param secondaryComplaint arose from a conflict at intake (R-4.2.5a/c/d)
 */
record Registration(
        Channel channel,
        String visitId,
        Customer customer,
        String contentSummary,
        String recordedBy,
        String department,
        AcceptingLevel acceptingLevel,
        Instant receivedAt,
        LocalDate acceptanceDate,
        boolean dutyRegistration,
        Instant agreedReplyBy,
        FollowUpMethod agreedReplyMethod,
        FollowUpMethod followUpChannel,
        boolean secondaryComplaint) {

    Registration {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contentSummary, "contentSummary");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(acceptingLevel, "acceptingLevel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acceptanceDate, "acceptanceDate");
        Objects.requireNonNull(followUpChannel, "followUpChannel");
    }

    /** What an intake records. */
    static Registration of(Intake i) {
        return new Registration(i.channel(), i.visitId(), i.customer(), i.contentSummary(), i.recordedBy(),
                i.department(), i.acceptingLevel(), i.receivedAt(), i.acceptanceDate(), i.dutyRegistration(),
                i.agreedReplyBy(), i.agreedReplyMethod(), i.followUpChannel(), i.secondaryComplaint());
    }
}
