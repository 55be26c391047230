package dev.wuye.complaint.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * One named validity rule (R-4.2.2a–c): looks at the facts and either decides or passes.
 * Policies compose with {@link #orElse(ValidityPolicy)}; {@link ValidityClassifier} runs a list of them.
 */
public interface ValidityPolicy {

    /** A stable id, e.g. {@code R-4.2.2a/staff-conduct}. */
    String id();

    /**
     * Decides, or passes to the next policy.
     *
     * @param facts the recorded facts
     * @return the decision, or empty when this rule does not apply
     */
    Optional<ValidityDecision> decide(ValidityFacts facts);

    /**
     * This policy, then {@code next} when this one passes.
     *
     * @param next the fallback policy
     * @return the composed policy
     */
    default ValidityPolicy orElse(ValidityPolicy next) {
        Objects.requireNonNull(next, "next");
        ValidityPolicy first = this;
        return new ValidityPolicy() {
            @Override
            public String id() {
                return first.id() + " | " + next.id();
            }

            @Override
            public Optional<ValidityDecision> decide(ValidityFacts facts) {
                Optional<ValidityDecision> d = first.decide(facts);
                return d.isPresent() ? d : next.decide(facts);
            }
        };
    }

    /** R-4.2.2a: caused by staff attitude, efficiency or method → valid, on that specific STAFF_* ground. */
    static ValidityPolicy staffConduct() {
        return ValidityPolicies.STAFF_CONDUCT;
    }

    /** R-4.2.2a: responsible under law, regulation or contract and below the required standard → valid. */
    static ValidityPolicy companyResponsibleBelowStandard() {
        return ValidityPolicies.RESPONSIBLE_BELOW_STANDARD;
    }

    /** R-4.2.2c: mainly a third party the company must coordinate with → valid iff the review found a company-side problem. */
    static ValidityPolicy thirdPartyReview() {
        return ValidityPolicies.THIRD_PARTY_REVIEW;
    }

    /** R-4.2.2b: every other complaint → invalid (always decides; put it last). */
    static ValidityPolicy otherwiseInvalid() {
        return ValidityPolicies.OTHERWISE_INVALID;
    }
}
