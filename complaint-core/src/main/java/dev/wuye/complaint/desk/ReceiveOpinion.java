package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.Customer;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * 受理 — an opinion is received, any hour of any day, by any employee (R-4.2.1a, R-3.4).
 * In office hours (the desk's calendar and office hours, judged at {@code receivedAt}) the receiver
 * accepts it: the recorder if they are a receiver of the department, else the receiver the
 * {@link Routing} passes it to (R-4.2.1a). Off hours it becomes a duty registration, whoever records
 * it, handed to the receiver when the next working day starts (R-4.2.1b, R-4.2.4a); its acceptance
 * date is the day it was registered. Idempotent by {@code idempotencyKey}: the same key returns the
 * existing case. Built with {@link #builder()}.
 *
 * @param recorder           the employee who records it (R-4.2.1a, R-4.2.3b)
 * @param idempotencyKey     client-supplied key, unique per opinion within its department: the same key
 *                           received for another department is another opinion (stored as
 *                           {@code <department>/<key>}); at most {@link #MAX_KEY_LENGTH} characters of
 *                           the form {@link #KEY_PATTERN}
 * @param channel            how it came in (R-4.2.3a)
 * @param customer           who raised it; personal data
 * @param contentSummary     内容提要 (R-4.2.3b)
 * @param routing            the department, accepting level and receiver it is passed to
 * @param receivedAt         when it was received: in the desk's {@link InputWindow} — not before its
 *                           earliest date, not after the desk's clock plus the clock skew
 * @param replyAgreement     the reply time and method agreed with the customer, or the customer's stated
 *                           wish (possibly {@link ReplyAgreement#noPreference()}) (R-4.2.5b); required:
 *                           intake refuses {@code null} naming R-4.2.5b
 * @param followUpChannel    the customer's chosen follow-up channel, or NONE (R-4.4.2c, R-4.4.2d6)
 * @param secondaryComplaint arose from a conflict at intake (R-4.2.5a/c/d)
 * @param visitId            the customer visit it was raised on; nullable
 */
@AgreedReplyWithinAYear
public record ReceiveOpinion(
        @NotNull(message = "{wuye.recorder.required}") @Valid Actor recorder,
        @NotBlank(message = "{wuye.idempotencyKey.required}")
        @Size(max = ReceiveOpinion.MAX_KEY_LENGTH, message = "{wuye.idempotencyKey.size}")
        @Pattern(regexp = ReceiveOpinion.KEY_PATTERN, message = "{wuye.idempotencyKey.pattern}") String idempotencyKey,
        @NotNull(message = "{wuye.channel.required}") Channel channel,
        @NotNull(message = "{wuye.customer.required}") @Valid Customer customer,
        @NotBlank(message = "{wuye.contentSummary.required}")
        @Size(max = CaseSnapshot.MAX_SUMMARY_LENGTH, message = "{wuye.contentSummary.size}") String contentSummary,
        @NotNull(message = "{wuye.routing.required}") @Valid Routing routing,
        @NotNull(message = "{wuye.receivedAt.required}")
        @InDeskWindow(latest = InDeskWindow.Latest.CLOCK_SKEW, message = "{wuye.receivedAt.future}",
                tooEarly = "{wuye.receivedAt.tooEarly}") Instant receivedAt,
        ReplyAgreement replyAgreement,
        @NotNull(message = "{wuye.followUpChannel.required}") FollowUpMethod followUpChannel,
        boolean secondaryComplaint,
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.visitId.size}") String visitId)
        implements Command {

    /**
     * The longest idempotency key: the desk stores it qualified by the department it is received for
     * ({@code <department>/<key>}, see {@link #idempotencyKey()}), within the store's
     * {@link CaseSnapshot#MAX_KEY_LENGTH} after a department of up to {@link CaseSnapshot#MAX_ID_LENGTH}.
     */
    public static final int MAX_KEY_LENGTH = CaseSnapshot.MAX_KEY_LENGTH - CaseSnapshot.MAX_ID_LENGTH - 1;

    /**
     * The form of an idempotency key: a letter or digit, then letters, digits and {@code . _ : ~ -}
     * (a UUID, a ULID, {@code hotline-20250310-0001}); no {@code /}, which separates the department.
     */
    public static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:~-]*";

    /**
     * A builder; not secondary and no visit unless set. The reply agreement has no default: a command
     * built without one is refused (R-4.2.5b).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

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
        Instant by = replyAgreement == null ? null : replyAgreement.replyBy();
        return by == null || receivedAt == null || by.isAfter(receivedAt);
    }

    /** Builds a {@link ReceiveOpinion}; every setter returns the builder. Not thread-safe. */
    public static final class Builder {
        private Actor recorder;
        private String idempotencyKey;
        private Channel channel;
        private Customer customer;
        private String contentSummary;
        private Routing routing;
        private Instant receivedAt;
        private ReplyAgreement replyAgreement;
        private FollowUpMethod followUpChannel;
        private boolean secondaryComplaint;
        private String visitId;

        private Builder() {
        }

        /**
         * @param recorder the employee who records it
         * @return this builder
         */
        public Builder recordedBy(Actor recorder) {
            this.recorder = recorder;
            return this;
        }

        /**
         * @param idempotencyKey client-supplied key, unique per opinion
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * @param channel how it came in
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * @param customer who raised it
         * @return this builder
         */
        public Builder customer(Customer customer) {
            this.customer = customer;
            return this;
        }

        /**
         * @param contentSummary 内容提要
         * @return this builder
         */
        public Builder contentSummary(String contentSummary) {
            this.contentSummary = contentSummary;
            return this;
        }

        /**
         * @param routing department, accepting level, receiver passed to (e.g. {@link Routing#serviceCentre(String)})
         * @return this builder
         */
        public Builder routing(Routing routing) {
            this.routing = routing;
            return this;
        }

        /**
         * @param receivedAt when it was received
         * @return this builder
         */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * @param replyAgreement the reply agreed with the customer, or the customer's stated wish (R-4.2.5b)
         * @return this builder
         */
        public Builder replyAgreement(ReplyAgreement replyAgreement) {
            this.replyAgreement = replyAgreement;
            return this;
        }

        /**
         * @param followUpChannel the customer's chosen follow-up channel, or NONE
         * @return this builder
         */
        public Builder followUpChannel(FollowUpMethod followUpChannel) {
            this.followUpChannel = followUpChannel;
            return this;
        }

        /**
         * @param secondaryComplaint arose from a conflict at intake (R-4.2.5a/c/d)
         * @return this builder
         */
        public Builder secondaryComplaint(boolean secondaryComplaint) {
            this.secondaryComplaint = secondaryComplaint;
            return this;
        }

        /**
         * @param visitId the customer visit it was raised on
         * @return this builder
         */
        public Builder raisedOnVisit(String visitId) {
            this.visitId = visitId;
            return this;
        }

        /**
         * The command, unvalidated (the desk validates it).
         *
         * @return the command
         */
        public ReceiveOpinion build() {
            return new ReceiveOpinion(recorder, idempotencyKey, channel, customer, contentSummary, routing,
                    receivedAt, replyAgreement, followUpChannel, secondaryComplaint, visitId);
        }
    }
}
