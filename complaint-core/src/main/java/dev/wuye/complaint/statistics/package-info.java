/**
 * Statistics and analysis (clause 4.6): the monthly analysis table 《客户意见统计分析表》 of a service
 * centre (R-4.6.1–3), its submission to the GMD, the company roll-up and the quarterly summary
 * (R-4.6.4).
 *
 * <p>The calculators make one pass over a {@code Stream<CaseSnapshot>} from the SPI and keep
 * memory proportional to the number of groups (departments, types, channels, categories, days),
 * never to the number of cases. Rates are {@link dev.wuye.complaint.statistics.Rate} values that are
 * undefined — not 0 — when nothing was measured. A snapshot's codes are read once into the core's
 * enums ({@link dev.wuye.complaint.classification.SnapshotCodes}); figures compare typed values.
 * {@link dev.wuye.complaint.statistics.MonthlyAnalysisCalculator} keeps one department's month as one
 * small class per metric family, each counting into named {@code Tally}s and counters.
 */
package dev.wuye.complaint.statistics;
