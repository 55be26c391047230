package dev.wuye.complaint.desk;

import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.statistics.Submission;
import dev.wuye.complaint.visit.VisitLogged;

import java.util.Objects;

/** What a {@link PeriodCommand} recorded: the payload of {@link CommandResult.Recorded}. */
public sealed interface PeriodResult permits PeriodResult.SubmissionRecorded, PeriodResult.ReviewRecorded,
        PeriodResult.VisitRecorded, RecurrenceRun, ArchiveRun {

    /** The id of the period's record written (the subject of the activity entry). */
    String recordId();

    /** Whether the record had been stored before (an idempotent repeat: nothing changed, no activity entry). */
    default boolean duplicate() {
        return false;
    }

    /**
     * A signed monthly table, company roll-up or quarterly summary (R-4.6.2–4.6.4).
     *
     * @param submission the stored submission, its due date and lateness
     */
    record SubmissionRecorded(Submission submission) implements PeriodResult {
        /** Checks the component. */
        public SubmissionRecorded {
            Objects.requireNonNull(submission, "submission");
        }

        @Override
        public String recordId() {
            return submission.submission().id();
        }

        @Override
        public boolean duplicate() {
            return submission.duplicate();
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
