/**
 * The facade a host calls: {@link dev.wuye.complaint.desk.ComplaintDesk}, its command records and
 * its {@link dev.wuye.complaint.desk.CommandResult}. Commands with many fields are built so that a
 * call site names them: {@code ReceiveOpinion.builder()} (with {@link dev.wuye.complaint.desk.Routing}
 * and {@link dev.wuye.complaint.desk.ReplyAgreement}), {@code RecordFollowUp.by(…)} with
 * {@link dev.wuye.complaint.desk.Satisfaction} answers, and factories such as
 * {@code Classify.complaint}, {@code Assign.byHead}, {@code Archive.inDefaultBatch}.
 *
 * <p>Per command: validate the record once (Jakarta Validation, messages in Chinese and English;
 * {@code Classify.category} against the desk's {@code CategoryTaxonomy}) → load the case through the
 * persistence SPI → check authority → let the aggregate act → save with the expected version and one
 * audit entry → publish the event. Nothing is stored for a rejected or invalid command.
 *
 * <p>The desk also runs the procedure's periodic work over its own storage, clock, calendar and
 * office hours: SLA queries and alerts, the monthly tables and their signing, customer visits and the
 * supervisor's check, the recurrence check ({@link dev.wuye.complaint.desk.RecurrenceRun}) and
 * archiving ({@link dev.wuye.complaint.desk.ArchiveRun}). Whatever changes a case goes through
 * {@code submit}, so it is checked and audited like any command.
 */
package dev.wuye.complaint.desk;
