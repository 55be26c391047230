/**
 * Classification of customer opinions: validity of complaints (有效/无效投诉, R-4.2.2a–c) as named,
 * composable policies; the category taxonomy a host can replace; and recurrence — "the same kind of
 * opinion within one month" — with its consequences (R-4.4.2d6, R-4.6.5, R-4.3.1b).
 *
 * <p>Validity decisions use the aggregate's {@link dev.wuye.complaint.cases.Validity} and
 * {@link dev.wuye.complaint.cases.ValidityGround} (the values stored in the snapshot): this
 * package depends on {@code complaint}, never the reverse. {@link dev.wuye.complaint.classification.SameKind}
 * is "the same kind" (category + department), not the opinion type ({@code complaint.OpinionType}).
 * {@link dev.wuye.complaint.classification.SnapshotCodes} reads a snapshot's codes into those enums
 * for the whole read side (statistics, registers, recurrence).
 *
 * <p>Everything here is pure: facts or snapshots in, decisions out. Nothing is stored and no clock
 * is read; callers pass the date they judge "as of".
 */
package dev.wuye.complaint.classification;
