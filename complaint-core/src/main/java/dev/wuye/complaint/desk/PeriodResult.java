package dev.wuye.complaint.desk;

import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.statistics.Submission;
import dev.wuye.complaint.visit.VisitLogged;

import java.time.LocalDate;
import java.util.Objects;

/** What a {@link PeriodCommand} recorded: the payload of {@link CommandResult.Recorded}. */
public sealed interface PeriodResult permits PeriodResult.SubmissionRecorded, PeriodResult.ReviewRecorded,
        PeriodResult.VisitRecorded, RecurrenceRun, ArchiveRun, OnlineCollectionRun {

    /** The id of the period's record written (the subject of the activity entry). */
    String recordId();

    /** Whether the record had been stored before (an idempotent repeat: nothing changed, no activity entry). */
    default boolean duplicate() {
        return false;
    }

    /**
     * A signed monthly table, company roll-up or quarterly summary (R-4.6.2–4.6.4).
     *
     * @param submission the stored submission (the earlier one when submitted twice)
     * @param dueDate    the last day it was due
     * @param late       whether it was submitted after the due date
     * @param duplicate  whether it had already been submitted (nothing changed)
     */
    record SubmissionRecorded(ReportSubmission submission, LocalDate dueDate, boolean late, boolean duplicate)
            implements PeriodResult {
        /** Checks the components. */
        public SubmissionRecorded {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(dueDate, "dueDate");
        }

        /**
         * The result of a submission by the reporting service.
         *
         * @param s the submission
         * @return the result
         */
        static SubmissionRecorded of(Submission s) {
            return new SubmissionRecorded(s.submission(), s.dueDate(), s.late(), s.duplicate());
        }

        @Override
        public String recordId() {
            return submission.id();
        }
    }

    /**
     * A supervisor's visit check or a head's weekly review of the forms (R-4.4.2d7).
     *
     * @param review    the stored review (the earlier one when recorded twice)
     * @param duplicate whether it had been recorded before
     */
    record ReviewRecorded(ReviewRecord review, boolean duplicate) implements PeriodResult {
        /** Checks the component. */
        public ReviewRecorded {
            Objects.requireNonNull(review, "review");
        }

        @Override
        public String recordId() {
            return review.id();
        }
    }

    /**
     * A visit in the visit log.
     *
     * @param logged the stored visit and whether it was there before
     */
    record VisitRecorded(VisitLogged logged) implements PeriodResult {
        /** Checks the component. */
        public VisitRecorded {
            Objects.requireNonNull(logged, "logged");
        }

        @Override
        public String recordId() {
            return logged.visit().id();
        }

        @Override
        public boolean duplicate() {
            return logged.duplicate();
        }
    }
}
