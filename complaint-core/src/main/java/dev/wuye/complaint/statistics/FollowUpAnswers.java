package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.FollowUpEntry;

import java.util.List;

/**
 * The customers' answers in the follow-ups done in the month (R-4.4.2d): handled in time, satisfied
 * with the result, satisfied with the attitude; each of those asked.
 */
final class FollowUpAnswers {

    private final Tally timely = new Tally();
    private final Tally resultSatisfied = new Tally();
    private final Tally attitudeSatisfied = new Tally();

    /**
     * Counts the answers of a case's follow-ups done in the month.
     *
     * @param followUps the case's follow-ups
     * @param window    the month
     */
    void accept(List<FollowUpEntry> followUps, MonthWindow window) {
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpEntry followUp = followUps.get(i);
            if (window.in(followUp.at())) {
                timely.countAnswer(followUp.timely());
                resultSatisfied.countAnswer(followUp.resultSatisfied());
                attitudeSatisfied.countAnswer(followUp.attitudeSatisfied());
            }
        }
    }

    Rate timely() {
        return timely.rate();
    }

    Rate resultSatisfied() {
        return resultSatisfied.rate();
    }

    Rate attitudeSatisfied() {
        return attitudeSatisfied.rate();
    }
}
