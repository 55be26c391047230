/**
 * The facade a host calls: {@link dev.wuye.complaint.desk.ComplaintDesk}, its command records (one
 * sealed {@link dev.wuye.complaint.desk.Command} hierarchy: intake, case commands, periodic actions)
 * and the one result type {@link dev.wuye.complaint.desk.CommandResult}. Commands with many fields are
 * built so that a call site names them: {@code ReceiveOpinion.builder()} (with
 * {@link dev.wuye.complaint.desk.Routing} and {@link dev.wuye.complaint.desk.ReplyAgreement}),
 * {@code RecordFollowUp.by(…)} with {@link dev.wuye.complaint.desk.Satisfaction} answers, and factories
 * such as {@code Classify.complaint}, {@code Assign.byHead}, {@code Archive.inDefaultBatch}.
 *
 * <p>Per command, one pipeline: validate the record once (Jakarta Validation; messages rendered per
 * call in the caller's language; {@code Classify.category} against the desk's
 * {@code CategoryTaxonomy}) → dispatch by the command's type → check authority by a named policy →
 * let the aggregate act (a case) or write the period's record (a periodic action) → save with one
 * audit entry (case) or one activity entry (period) → publish the event. Nothing is stored for a
 * rejected or invalid command. Periodic actions that change cases (the recurrence check,
 * {@link dev.wuye.complaint.desk.RecurrenceRun}; archiving, {@link dev.wuye.complaint.desk.ArchiveRun})
 * submit case commands, so each case is checked and audited like any command.
 * {@link dev.wuye.complaint.desk.ComplaintDesk#allowedActions} lists the case commands an actor may
 * issue on a case now, from the same table of case commands the pipeline runs.
 */
package dev.wuye.complaint.desk;
