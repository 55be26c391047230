package dev.wuye.complaint.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One handling cycle (处理) of a case: assignment, investigation, analysis, solution, approval,
 * execution and the result signed by the head. Cycle 1 is the first handling; a later
 * cycle is re-handling after an unsatisfied follow-up, and its {@link #result()} is the re-handling
 * result (R-4.4.2d). Every component but {@code number} and {@code handlerIds} is {@code null} until
 * that step happens. The aggregate changes a cycle only through its copy-with methods.
 *
 * @param number               1 for the first handling, 2… for re-handling
 * @param handlerIds           staff ids of the assigned handlers
 * @param assignedBy           staff id of who assigned them
 * @param assignedAt           when
 * @param investigation        the facts found (R-4.3.2a)
 * @param onSiteVerified       whether the facts were verified on site
 * @param analysis             cause analysis (R-4.3.2b)
 * @param sameProblemElsewhere finding on the same problem at other posts of the same kind (同类不同岗)
 * @param solution             the proposed solution (R-4.3.1e)
 * @param solutionProposedBy   staff id of who proposed it
 * @param solutionProposedAt   when
 * @param approvedBy           the head who approved it (R-4.3.2c)
 * @param approvedAt           when
 * @param result               the handling result
 * @param resultSignedBy       the head who signed the result (R-4.3.1c/e)
 * @param completedAt          when handling was completed
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

    /** Checks the number and copies the handlers. */
    public HandlingCycle {
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, was " + number);
        }
        handlerIds = List.copyOf(Objects.requireNonNullElse(handlerIds, List.of()));
    }

    /** A cycle with nothing recorded yet. */
    static HandlingCycle empty(int number) {
        return new HandlingCycle(number, List.of(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Handlers (re-)assigned: what was investigated stays, the solution and the result are cleared. */
    HandlingCycle assigned(List<String> handlers, String by, Instant at) {
        return new HandlingCycle(number, handlers, by, at, investigation, onSiteVerified, analysis,
                sameProblemElsewhere, null, null, null, null, null, null, null, null);
    }

    /** The investigation, on-site verification and analysis recorded (R-4.3.2a/b). */
    HandlingCycle withInvestigation(Investigation found) {
        return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, found.facts(), found.onSiteVerified(),
                found.analysis(), found.sameProblemElsewhere(), solution, solutionProposedBy, solutionProposedAt,
                approvedBy, approvedAt, result, resultSignedBy, completedAt);
    }

    /** A solution proposed (R-4.3.1e); an earlier approval no longer holds. */
    HandlingCycle withSolution(String proposed, String by, Instant at) {
        return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, investigation, onSiteVerified,
                analysis, sameProblemElsewhere, proposed, by, at, null, null, result, resultSignedBy, completedAt);
    }

    /** The solution approved by the head (R-4.3.2c). */
    HandlingCycle approved(String by, Instant at) {
        return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, investigation, onSiteVerified,
                analysis, sameProblemElsewhere, solution, solutionProposedBy, solutionProposedAt, by, at, result,
                resultSignedBy, completedAt);
    }

    /** The solution and its approval withdrawn (rejected, or escalated, R-4.3.1e/f). */
    HandlingCycle withoutSolution() {
        return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, investigation, onSiteVerified,
                analysis, sameProblemElsewhere, null, null, null, null, null, result, resultSignedBy, completedAt);
    }

    /** Handling completed with the result the head signed (R-4.3.1c/e). */
    HandlingCycle completed(String handlingResult, String signedBy, Instant at) {
        return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, investigation, onSiteVerified,
                analysis, sameProblemElsewhere, solution, solutionProposedBy, solutionProposedAt, approvedBy,
                approvedAt, handlingResult, signedBy, at);
    }

    /** The next cycle after an unsatisfied follow-up: the same handlers, nothing else yet (R-4.4.2d). */
    HandlingCycle rehandling(Instant at) {
        return new HandlingCycle(number + 1, handlerIds, assignedBy, at, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Whether the investigation and its on-site verification are recorded (R-4.3.1e). */
    public boolean investigationRecorded() {
        return investigation != null && onSiteVerified != null;
    }
}
