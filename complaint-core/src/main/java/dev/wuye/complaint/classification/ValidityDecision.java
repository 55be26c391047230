package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.cases.ValidityGround;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The outcome of classifying a complaint: valid or invalid, on which ground, by which rule
 * and which policy.
 *
 * @param validity VALID or INVALID
 * @param ground   why
 * @param ruleId   the rule, e.g. {@code R-4.2.2c}
 * @param policyId the id of the {@link ValidityPolicy} that decided
 */
public record ValidityDecision(Validity validity, ValidityGround ground, String ruleId, String policyId) {

    static final String BUNDLE = "dev.wuye.complaint.classification.ValidityMessages";

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ValidityDecision {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(policyId, "policyId");
    }

    /**
     * A decision on a ground, with the ground's own validity and rule.
     *
     * @param ground   the ground
     * @param policyId the deciding policy
     * @return the decision
     */
    public static ValidityDecision of(ValidityGround ground, String policyId) {
        return new ValidityDecision(ground.validity(), ground, ground.ruleId(), policyId);
    }

    /**
     * A sentence explaining the decision, e.g. {@code "R-4.2.2a: valid complaint — caused by staff
     * attitude."} or {@code "R-4.2.2a：有效投诉——由员工服务态度所致。"}.
     *
     * @param locale {@link Locale#CHINESE} (or any zh locale) for Chinese, anything else for English
     * @return the explanation
     */
    public String explain(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return String.format(bundle.getString("decision.format"), ruleId,
                bundle.getString("validity." + validity.name()), bundle.getString("ground." + ground.name()));
    }
}
