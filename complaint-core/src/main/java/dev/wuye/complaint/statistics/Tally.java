package dev.wuye.complaint.statistics;

/** The running count behind a {@link Rate}: how many of those counted met its criterion. */
final class Tally {

    private long met;
    private long counted;

    /**
     * Counts one.
     *
     * @param met whether it met the criterion
     */
    void count(boolean met) {
        counted++;
        if (met) {
            this.met++;
        }
    }

    /**
     * Counts a customer's answer; a question not asked ({@code null}) is not counted.
     *
     * @param yes the answer
     */
    void countAnswer(Boolean yes) {
        if (yes != null) {
            count(yes);
        }
    }

    /** The rate so far. */
    Rate rate() {
        return new Rate(met, counted);
    }
}
