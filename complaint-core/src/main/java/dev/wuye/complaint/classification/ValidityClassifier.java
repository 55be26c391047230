package dev.wuye.complaint.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs validity policies in order; the first that decides wins. The default set is the procedure's:
 * staff conduct (R-4.2.2a), company responsible and below standard (R-4.2.2a), third-party review
 * (R-4.2.2c), otherwise invalid (R-4.2.2b). Immutable and thread-safe.
 */
public final class ValidityClassifier {

    private final List<ValidityPolicy> policies;

    private ValidityClassifier(List<ValidityPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** The procedure's rules (R-4.2.2a–c). */
    public static ValidityClassifier procedureDefaults() {
        return of(List.of(ValidityPolicy.staffConduct(), ValidityPolicy.companyResponsibleBelowStandard(),
                ValidityPolicy.thirdPartyReview(), ValidityPolicy.otherwiseInvalid()));
    }

    /**
     * A classifier over the given policies. If none of them decides, the complaint is invalid
     * (R-4.2.2b), so the classifier always answers.
     *
     * @param policies in order, not empty
     * @return the classifier
     */
    public static ValidityClassifier of(List<ValidityPolicy> policies) {
        Objects.requireNonNull(policies, "policies");
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("policies must not be empty (R-4.2.2)");
        }
        return new ValidityClassifier(policies);
    }

    /**
     * This classifier with a host policy tried before the others (e.g. a stricter company rule).
     *
     * @param policy the policy to try first
     * @return a new classifier
     */
    public ValidityClassifier withFirst(ValidityPolicy policy) {
        List<ValidityPolicy> list = new ArrayList<>();
        list.add(Objects.requireNonNull(policy, "policy"));
        list.addAll(policies);
        return new ValidityClassifier(list);
    }

    /** The policies, in order. */
    public List<ValidityPolicy> policies() {
        return policies;
    }

    /**
     * Classifies a complaint.
     *
     * @param facts the facts recorded at intake and investigation
     * @return the decision; never empty
     */
    public ValidityDecision classify(ValidityFacts facts) {
        Objects.requireNonNull(facts, "facts");
        for (ValidityPolicy p : policies) {
            Optional<ValidityDecision> d = p.decide(facts);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return ValidityPolicy.otherwiseInvalid().decide(facts).orElseThrow();
    }
}
