/**
 * Archiving (归档, R-4.8.1–4): monthly batches per department — a case that spans a month end goes to
 * the batch of the month it closed in — quarterly batches, company-level cases archived by the GMD,
 * and the electronic archive of a batch: a self-describing file set (one JSON file per case, the
 * batch metadata, a manifest with SHA-256 checksums) that {@link dev.wuye.complaint.archive.ArchiveVerifier}
 * checks. Archiving twice is harmless: the batch is stored once ({@code ArchiveStore.saveIfAbsent})
 * and the files come out byte-identical. Marking the cases FILED is the desk's job: a batch lists
 * its case ids.
 */
package dev.wuye.complaint.archive;
