package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.ValidityGround;

import java.util.Set;

/**
 * The facts recorded at intake and investigation that decide whether a complaint is valid
 * (R-4.2.2a–c).
 *
 * @param companyResponsible         under law, regulation or the management contract the company is responsible
 * @param belowRequiredStandard      the service fell short of the required standard
 * @param staffConduct               which staff conduct caused it ({@link ValidityGround#STAFF_ATTITUDE},
 *                                   {@link ValidityGround#STAFF_EFFICIENCY} or {@link ValidityGround#STAFF_METHOD}),
 *                                   or {@code null} when staff conduct did not cause it
 * @param thirdPartyInvolved         mainly about a third party (utility, developer, government body …)
 * @param companyHasCoordinationDuty the company has a duty to coordinate or communicate with that third party
 * @param companySideProblemFound    the review (R-4.2.2c) found a problem on the company's side
 */
public record ValidityFacts(
        boolean companyResponsible,
        boolean belowRequiredStandard,
        ValidityGround staffConduct,
        boolean thirdPartyInvolved,
        boolean companyHasCoordinationDuty,
        boolean companySideProblemFound) {

    /** The grounds that name a staff conduct (R-4.2.2a: attitude, efficiency, method). */
    public static final Set<ValidityGround> STAFF_CONDUCT_GROUNDS = Set.of(
            ValidityGround.STAFF_ATTITUDE, ValidityGround.STAFF_EFFICIENCY, ValidityGround.STAFF_METHOD);

    /** Checks that {@code staffConduct}, when present, is one of {@link #STAFF_CONDUCT_GROUNDS}. */
    public ValidityFacts {
        if (staffConduct != null && !STAFF_CONDUCT_GROUNDS.contains(staffConduct)) {
            throw new IllegalArgumentException("staffConduct " + staffConduct
                    + " is not a staff conduct (R-4.2.2a: STAFF_ATTITUDE, STAFF_EFFICIENCY or STAFF_METHOD)");
        }
    }

    /** Whether staff attitude, efficiency or method caused the complaint. */
    public boolean causedByStaffConduct() {
        return staffConduct != null;
    }

    /** No fact established: the default set classifies this as invalid (R-4.2.2b). */
    public static ValidityFacts none() {
        return new ValidityFacts(false, false, null, false, false, false);
    }

    /** The company is responsible and fell short of the required standard (R-4.2.2a). */
    public static ValidityFacts responsibleBelowStandard() {
        return new ValidityFacts(true, true, null, false, false, false);
    }

    /**
     * Caused by staff attitude, efficiency or method (R-4.2.2a).
     *
     * @param conduct {@link ValidityGround#STAFF_ATTITUDE}, {@link ValidityGround#STAFF_EFFICIENCY} or
     *                {@link ValidityGround#STAFF_METHOD}
     * @return the facts
     */
    public static ValidityFacts staffConduct(ValidityGround conduct) {
        if (conduct == null) {
            throw new IllegalArgumentException("conduct must be a staff conduct ground (R-4.2.2a), not null");
        }
        return new ValidityFacts(false, false, conduct, false, false, false);
    }

    /**
     * Mainly about a third party the company must coordinate with, reviewed (R-4.2.2c).
     *
     * @param companySideProblemFound what the review found
     * @return the facts
     */
    public static ValidityFacts thirdPartyReviewed(boolean companySideProblemFound) {
        return new ValidityFacts(false, false, null, true, true, companySideProblemFound);
    }
}
