package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.ReplyBasis;

import java.time.Instant;

/**
 * The reply time and method settled with the customer at intake (R-4.2.5b: 「及时向客户确定回复时间和方式，
 * 或询问客户对回复时间和方式的要求」): an {@linkplain #agreed agreement}, the customer's
 * {@linkplain #customerWish stated wish}, or their statement of {@linkplain #noPreference no preference}.
 * Intake refuses an opinion without one (R-4.2.5b, {@code desk.replyAgreementRequired}) and one whose
 * times and methods do not fit its basis ({@code desk.replyAgreementIncomplete}): an agreement names
 * both, a wish at least one, no preference neither. That the time lies after the receipt is checked on
 * {@link ReceiveOpinion} (the property {@code agreedReplyBy}). A recorded reply time is watched as the
 * SLA clock {@link dev.wuye.complaint.sla.SlaClock#AGREED_REPLY}.
 *
 * @param replyBy the reply time agreed or wished; nullable as the basis allows
 * @param method  the reply method agreed or wished; nullable as the basis allows
 * @param basis   what the two rest on; {@code null} only in a malformed request, which intake refuses
 */
public record ReplyAgreement(Instant replyBy, FollowUpMethod method, ReplyBasis basis) {

    /**
     * A reply time and method agreed with the customer.
     *
     * @param replyBy the agreed reply time
     * @param method  the agreed reply method
     * @return the agreement
     */
    public static ReplyAgreement agreed(Instant replyBy, FollowUpMethod method) {
        return new ReplyAgreement(replyBy, method, ReplyBasis.AGREED);
    }

    /**
     * The customer's stated wish: a reply time, a method, or both.
     *
     * @param replyBy the reply time the customer asked for; nullable when they named only a method
     * @param method  the method the customer asked for; nullable when they named only a time
     * @return the wish
     */
    public static ReplyAgreement customerWish(Instant replyBy, FollowUpMethod method) {
        return new ReplyAgreement(replyBy, method, ReplyBasis.CUSTOMER_WISH);
    }

    /**
     * The customer was asked and has no preference on the reply time or method.
     *
     * @return the statement
     */
    public static ReplyAgreement noPreference() {
        return new ReplyAgreement(null, null, ReplyBasis.NO_PREFERENCE);
    }

    /**
     * Whether the time and method fit the basis: an agreement names both, a wish at least one, no
     * preference neither; {@code false} without a basis.
     *
     * @return whether intake can record it as it is
     */
    public boolean complete() {
        if (basis == null) {
            return false;
        }
        return switch (basis) {
            case AGREED -> replyBy != null && method != null;
            case CUSTOMER_WISH -> replyBy != null || method != null;
            case NO_PREFERENCE -> replyBy == null && method == null;
        };
    }
}
