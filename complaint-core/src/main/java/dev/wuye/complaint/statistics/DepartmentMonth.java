package dev.wuye.complaint.statistics;

import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.classification.SnapshotCodes;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.YearMonth;

/**
 * The running figures of one department's month, one metric family each; one instance per
 * department per calculation. Each case's codes are read once here and passed on typed.
 */
final class DepartmentMonth {

    private final MonthWindow window;
    private final IntakeFigures intake = new IntakeFigures();
    private final HandlingFigures handling = new HandlingFigures();
    private final FollowUpAnswers answers = new FollowUpAnswers();
    private final RecurrenceDays recurrences;
    private final TimeLimitFigures timeLimits;
    private final DueDays due;

    DepartmentMonth(DueDays due, StatisticsSettings settings, MonthWindow window) {
        this.window = window;
        this.due = due;
        this.recurrences = new RecurrenceDays(window);
        this.timeLimits = new TimeLimitFigures(due, settings, window);
    }

    /**
     * Counts a case of the department accepted before the month end.
     *
     * @param s the case
     */
    void accept(CaseSnapshot s) {
        OpinionType type = SnapshotCodes.type(s);
        Validity validity = type == OpinionType.COMPLAINT ? SnapshotCodes.validity(s) : null;
        if (validity == Validity.VALID) {
            // What a snapshot no command could write fails on (an unknown code, a date outside every
            // calendar) is read before anything is counted, so a failing case leaves the figures as they were.
            SnapshotCodes.followUpChannel(s);
            due.timeLimitDeadline(s);
        }
        boolean acceptedInMonth = window.in(s.acceptanceDate());
        if (acceptedInMonth) {
            intake.accept(s, type, validity);
        }
        handling.accept(s, window);
        if (s.category() != null && (type == OpinionType.COMPLAINT || type == OpinionType.SUGGESTION)) {
            recurrences.accept(s, acceptedInMonth);
        }
        answers.accept(s.followUps(), window);
        if (validity == Validity.VALID) {
            timeLimits.accept(s, SnapshotCodes.followUpChannel(s));
        }
    }

    /**
     * The department's table.
     *
     * @param department the department
     * @param month      the month
     * @param inputs     visits, reviews and rosters
     * @param settings   the settings
     * @param online     the department's online replies judged in the month: satisfied / judged
     * @param pending    the department's online replies pending at the month end
     * @return the table
     */
    MonthlyAnalysis finish(String department, YearMonth month, MonthlyInputs inputs, StatisticsSettings settings,
                           Rate online, long pending) {
        VisitAndReviewFigures visits = VisitAndReviewFigures.of(department, month, window, inputs, settings);
        return new MonthlyAnalysis(department, month.toString(), intake.accepted(), intake.byType(),
                intake.byChannel(), intake.byCategory(), intake.validComplaints(), intake.invalidComplaints(),
                timeLimits.onTime(), timeLimits.followedUp(), timeLimits.followUpInTime(),
                answers.timely(), answers.resultSatisfied().plus(online), answers.attitudeSatisfied(),
                online, pending, handling.closed(), handling.reHandled(), intake.escalated(), intake.major(),
                intake.secondaryComplaints(), intake.correctiveActions(), recurrences.recurrences(),
                handling.carriedOver(), timeLimits.overdueCount(), timeLimits.overdue(),
                visits.visitsDone(), visits.visitQuotaMet(), visits.visitChecks(), visits.weeklyReviews());
    }
}
