package dev.wuye.complaint.classification;

import java.util.Optional;
import java.util.function.Function;

/** The procedure's validity rules as constants. */
final class ValidityPolicies {

    private ValidityPolicies() {
    }

    static final ValidityPolicy STAFF_CONDUCT = named("R-4.2.2a/staff-conduct",
            f -> f.causedByStaffConduct() ? ValidityGround.STAFF_CONDUCT : null);

    static final ValidityPolicy RESPONSIBLE_BELOW_STANDARD = named("R-4.2.2a/responsible-below-standard",
            f -> f.companyResponsible() && f.belowRequiredStandard()
                    ? ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD : null);

    static final ValidityPolicy THIRD_PARTY_REVIEW = named("R-4.2.2c/third-party-review",
            f -> !(f.thirdPartyInvolved() && f.companyHasCoordinationDuty()) ? null
                    : f.companySideProblemFound() ? ValidityGround.THIRD_PARTY_COMPANY_PROBLEM_FOUND
                    : ValidityGround.THIRD_PARTY_NO_COMPANY_PROBLEM);

    static final ValidityPolicy OTHERWISE_INVALID = named("R-4.2.2b/otherwise-invalid",
            f -> ValidityGround.NO_VALID_GROUND);

    private static ValidityPolicy named(String id, Function<ValidityFacts, ValidityGround> rule) {
        return new ValidityPolicy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<ValidityDecision> decide(ValidityFacts facts) {
                return Optional.ofNullable(rule.apply(facts)).map(g -> ValidityDecision.of(g, id));
            }

            @Override
            public String toString() {
                return id;
            }
        };
    }
}
