package dev.wuye.complaint.desk;

/**
 * A periodic action of the procedure: it writes a department's record of a period (a signed
 * monthly table, a review, a visit, a recurrence or archive run) rather than change one case. It
 * goes through the same pipeline as a case command — validation, a named period policy
 * ({@link dev.wuye.complaint.authority.PeriodPolicies}), the record, one
 * {@link dev.wuye.complaint.spi.ActivityEntry} — and is answered with
 * {@link CommandResult.Recorded} carrying what was recorded.
 */
public sealed interface PeriodCommand extends Command permits SubmitMonthlyTable, SubmitCompanyMonthly,
        SubmitQuarterlySummary, LogVisit, CheckVisits, ReviewWeeklyForms, RunRecurrenceCheck, ArchiveMonth,
        ArchiveQuarter, CollectOnlineOpinions {
}
