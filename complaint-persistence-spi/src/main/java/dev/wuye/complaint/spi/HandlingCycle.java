package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One handling cycle (处理): assignment, investigation, analysis, solution, approval, execution and
 * the result signed by the head. Cycle 1 is the first handling; a later cycle is
 * re-handling after an unsatisfied follow-up, and its {@link #result()} is the re-handling result
 * (R-4.4.2d). Every component but {@code number} and {@code handlerIds} is nullable until that step
 * happens.
 *
 * @param number                 1 for the first handling, 2… for re-handling
 * @param handlerIds             staff ids of the assigned handlers
 * @param assignedBy             staff id of who assigned them
 * @param assignedAt             when
 * @param investigation          the facts found (R-4.3.2a)
 * @param onSiteVerified         whether the facts were verified on site
 * @param analysis               cause analysis (R-4.3.2b)
 * @param sameProblemElsewhere   finding on the same problem at other posts of the same kind (同类不同岗)
 * @param solution               the proposed solution (R-4.3.1e)
 * @param solutionProposedBy     staff id
 * @param solutionProposedAt     when
 * @param approvedBy             the head who approved it (R-4.3.2c)
 * @param approvedAt             when
 * @param result                 the handling result
 * @param resultSignedBy         the head who signed the result (R-4.3.1c/e)
 * @param completedAt            when handling was completed
 */
public record HandlingCycle(
        int number,
        List<String> handlerIds,
        String assignedBy,
        Instant assignedAt,
        String investigation,
        Boolean onSiteVerified,
        String analysis,
        String sameProblemElsewhere,
        String solution,
        String solutionProposedBy,
        Instant solutionProposedAt,
        String approvedBy,
        Instant approvedAt,
        String result,
        String resultSignedBy,
        Instant completedAt) {

    public HandlingCycle {
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, was " + number);
        }
        handlerIds = List.copyOf(Objects.requireNonNullElse(handlerIds, List.of()));
    }
}
