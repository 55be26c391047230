package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 调查记录 — investigation, on-site verification and analysis (R-4.3.2a/b).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param facts the facts found
 * @param onSiteVerified verified on site
 * @param analysis the cause analysis
 * @param sameProblemElsewhere the finding on the same problem at other posts of the same kind (同类不同岗)
 */
public record RecordInvestigation(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.facts.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.facts.size}") String facts,
        boolean onSiteVerified,
        @NotBlank(message = "{wuye.analysis.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.analysis.size}") String analysis,
        @NotBlank(message = "{wuye.sameProblemElsewhere.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.sameProblemElsewhere.size}") String sameProblemElsewhere) implements CaseCommand {

    /**
     * An investigation verified on site (R-4.3.2a).
     *
     * @param actor                who issues it
     * @param caseId               the case
     * @param facts                the facts found
     * @param analysis             the cause analysis
     * @param sameProblemElsewhere the finding on the same problem at other posts of the same kind
     * @return the command
     */
    public static RecordInvestigation verifiedOnSite(Actor actor, String caseId, String facts, String analysis,
                                                     String sameProblemElsewhere) {
        return new RecordInvestigation(actor, caseId, facts, true, analysis, sameProblemElsewhere);
    }

    /**
     * An investigation not verified on site.
     *
     * @param actor                who issues it
     * @param caseId               the case
     * @param facts                the facts found
     * @param analysis             the cause analysis
     * @param sameProblemElsewhere the finding on the same problem at other posts of the same kind
     * @return the command
     */
    public static RecordInvestigation notVerifiedOnSite(Actor actor, String caseId, String facts, String analysis,
                                                        String sameProblemElsewhere) {
        return new RecordInvestigation(actor, caseId, facts, false, analysis, sameProblemElsewhere);
    }
}
