package dev.wuye.complaint.cases;

import java.util.Objects;

/**
 * What the handlers found (R-4.3.2a/b).
 *
 * @param facts                the facts, stated as found
 * @param onSiteVerified       whether they were verified on site (R-4.3.2a: where possible)
 * @param analysis             the cause analysis
 * @param sameProblemElsewhere whether and where the same problem exists at other posts of the same kind (同类不同岗, R-4.3.2b)
 */
public record Investigation(String facts, boolean onSiteVerified, String analysis, String sameProblemElsewhere) {

    public Investigation {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(sameProblemElsewhere, "sameProblemElsewhere");
    }
}
