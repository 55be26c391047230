package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.FollowUpMethod;

import java.time.Instant;

/**
 * The reply time and method agreed with the customer at intake (R-4.2.5b); {@link #NONE} when
 * nothing was agreed. That the time lies after the receipt is checked on {@link ReceiveOpinion} (the
 * property {@code agreedReplyBy}).
 *
 * @param replyBy the agreed reply time; nullable
 * @param method  the agreed reply method; nullable
 */
public record ReplyAgreement(Instant replyBy, FollowUpMethod method) {

    /** Nothing agreed. */
    public static final ReplyAgreement NONE = new ReplyAgreement(null, null);

    /**
     * A reply by a time, by a method.
     *
     * @param replyBy the agreed reply time
     * @param method  the agreed reply method
     * @return the agreement
     */
    public static ReplyAgreement by(Instant replyBy, FollowUpMethod method) {
        return new ReplyAgreement(replyBy, method);
    }
}
