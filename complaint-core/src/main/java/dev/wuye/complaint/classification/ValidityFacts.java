package dev.wuye.complaint.classification;

/**
 * The facts recorded at intake and investigation that decide whether a complaint is valid
 * (R-4.2.2a–c).
 *
 * @param companyResponsible         under law, regulation or the management contract the company is responsible
 * @param belowRequiredStandard      the service fell short of the required standard
 * @param causedByStaffConduct       caused by staff attitude, efficiency or working method
 * @param thirdPartyInvolved         mainly about a third party (utility, developer, government body …)
 * @param companyHasCoordinationDuty the company has a duty to coordinate or communicate with that third party
 * @param companySideProblemFound    the review (R-4.2.2c) found a problem on the company's side
 */
public record ValidityFacts(
        boolean companyResponsible,
        boolean belowRequiredStandard,
        boolean causedByStaffConduct,
        boolean thirdPartyInvolved,
        boolean companyHasCoordinationDuty,
        boolean companySideProblemFound) {

    /** No fact established: the default set classifies this as invalid (R-4.2.2b). */
    public static ValidityFacts none() {
        return new ValidityFacts(false, false, false, false, false, false);
    }

    /** The company is responsible and fell short of the required standard (R-4.2.2a). */
    public static ValidityFacts responsibleBelowStandard() {
        return new ValidityFacts(true, true, false, false, false, false);
    }

    /** Caused by staff attitude, efficiency or method (R-4.2.2a). */
    public static ValidityFacts staffConduct() {
        return new ValidityFacts(false, false, true, false, false, false);
    }

    /**
     * Mainly about a third party the company must coordinate with, reviewed (R-4.2.2c).
     *
     * @param companySideProblemFound what the review found
     */
    public static ValidityFacts thirdPartyReviewed(boolean companySideProblemFound) {
        return new ValidityFacts(false, false, false, true, true, companySideProblemFound);
    }
}
