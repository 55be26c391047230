package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.ValidityGround;

import java.util.Optional;
import java.util.function.Function;

/** The procedure's validity rules as constants. */
final class ValidityPolicies {

    private ValidityPolicies() {
    }

    static final ValidityPolicy STAFF_CONDUCT = named("R-4.2.2a/staff-conduct",
            ValidityFacts::staffConduct);

    static final ValidityPolicy RESPONSIBLE_BELOW_STANDARD = named("R-4.2.2a/responsible-below-standard",
            f -> f.companyResponsible() && f.belowRequiredStandard()
                    ? ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD : null);

    static final ValidityPolicy THIRD_PARTY_REVIEW = named("R-4.2.2c/third-party-review",
            f -> !(f.thirdPartyInvolved() && f.companyHasCoordinationDuty()) ? null
                    : f.companySideProblemFound() ? ValidityGround.THIRD_PARTY_WITH_COMPANY_PROBLEM
                    : ValidityGround.THIRD_PARTY_WITHOUT_COMPANY_PROBLEM);

    static final ValidityPolicy OTHERWISE_INVALID = named("R-4.2.2b/otherwise-invalid",
            f -> ValidityGround.OTHER);

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
