/**
 * Classification of customer opinions: validity of complaints (有效/无效投诉, R-4.2.2a–c) as named,
 * composable policies; the category taxonomy a host can replace; and recurrence — "the same kind of
 * opinion within one month" — with its consequences (R-4.4.2d6, R-4.6.5, R-4.3.1b).
 *
 * <p>Everything here is pure: facts or snapshots in, decisions out. Nothing is stored and no clock
 * is read; callers pass the date they judge "as of".
 */
package dev.wuye.complaint.classification;
