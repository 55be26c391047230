/**
 * The quickstart: one valid complaint from intake to archive on the embedded default storage,
 * printed step by step with its audit trail.
 */
package dev.wuye.complaint.examples.quickstart;
