package dev.wuye.complaint.desk;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Judges {@link AgreedReplyWithinAYear}: the agreed reply time against the reception plus a year (UTC). */
public final class AgreedReplyWithinAYearValidator implements ConstraintValidator<AgreedReplyWithinAYear, ReceiveOpinion> {

    private static final Instant YEAR_1 = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant YEAR_9999 = Instant.parse("9999-01-01T00:00:00Z");

    private String template = "{wuye.agreedReplyBy.tooLate}";

    /** Creates the validator (Hibernate Validator instantiates it). */
    public AgreedReplyWithinAYearValidator() {
    }

    @Override
    public void initialize(AgreedReplyWithinAYear constraint) {
        template = constraint.message();
    }

    @Override
    public boolean isValid(ReceiveOpinion r, ConstraintValidatorContext context) {
        if (r == null || r.receivedAt() == null || r.replyAgreement() == null || r.replyAgreement().replyBy() == null) {
            return true;
        }
        if (r.receivedAt().isBefore(YEAR_1) || r.receivedAt().isAfter(YEAR_9999)) {
            return true; // out of any window: refused on receivedAt; a year added could overflow
        }
        Instant by = r.replyAgreement().replyBy();
        Instant latest = r.receivedAt().atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
        if (!by.isAfter(latest)) {
            return true;
        }
        ViolationDetail.report(context, template, new ViolationDetail(by, Map.of("latest", latest.toString())),
                "agreedReplyBy");
        return false;
    }
}
