package dev.wuye.complaint.sla;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The numbers of the procedure's clocks; every one can be changed since companies adapt the procedure.
 * The time limits, the follow-up period and the weekly customer updates default to the procedure's
 * values; the other defaults are interpretations or the project's choice, as each component says
 * (see {@code docs/rules.md}, Defaults).
 *
 * @param serviceCentreLimitDays       time limit when accepted by a service centre, working days (R-4.7.1: 3)
 * @param companyLimitDays             time limit when accepted by the company (GMD), working days (R-4.7.2: 7)
 * @param escalationSwitchesLimit      whether escalation to one of {@code companyLimitLevels} moves a service
 *                                     centre's case to the company limit, still counted from the original
 *                                     acceptance date (interpretation; default {@code true})
 * @param companyLimitLevels           escalation level codes that count as "escalated to the company"
 *                                     (interpretation; default GMD, MANAGEMENT_REPRESENTATIVE, GENERAL_MANAGER)
 * @param followUpDays                 follow-up due this many working days after completion (R-4.4.2b, R-4.7.4: 2)
 * @param dueSoonWorkingDays           a day clock is due soon when at most this many working days remain
 *                                     before its deadline (default 1; 0 = only on the deadline day; project's
 *                                     choice: the procedure gives no warning period)
 * @param handoverDueSoon              the handover is due soon this long before office hours open (default
 *                                     30 min; project's choice: the procedure gives no warning period)
 * @param customerUpdatesPerWeek       customer updates a long-running complaint needs every calendar week,
 *                                     Monday–Sunday (R-4.4.1b: 2)
 * @param customerUpdateTypes          opinion type codes the weekly updates apply to (R-4.4.1b "投诉": default COMPLAINT)
 * @param weeklyReviewGraceWorkingDays the weekly review of a week is due by its Sunday plus this many
 *                                     working days (R-4.4.2d7; default 0: by the end of the week, Sunday;
 *                                     project's choice: the procedure gives no due day for the weekly review)
 * @param agreedReplyDueSoon           the agreed reply time (R-4.2.5b) is due soon this long before it (default
 *                                     2 hours; project's choice: the procedure gives no warning period)
 * @param onlineCollectionDueSoon      a working day's online collection (R-4.2.1c), due by the close of office
 *                                     hours, is due soon this long before the close (default 2 hours; project's
 *                                     choice: the procedure says "at set times" and names none)
 */
public record SlaPolicy(
        int serviceCentreLimitDays,
        int companyLimitDays,
        boolean escalationSwitchesLimit,
        Set<String> companyLimitLevels,
        int followUpDays,
        int dueSoonWorkingDays,
        Duration handoverDueSoon,
        int customerUpdatesPerWeek,
        Set<String> customerUpdateTypes,
        int weeklyReviewGraceWorkingDays,
        Duration agreedReplyDueSoon,
        Duration onlineCollectionDueSoon) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaPolicy {
        positive("serviceCentreLimitDays", serviceCentreLimitDays, "R-4.7.1");
        positive("companyLimitDays", companyLimitDays, "R-4.7.2");
        companyLimitLevels = Set.copyOf(Objects.requireNonNull(companyLimitLevels, "companyLimitLevels"));
        positive("followUpDays", followUpDays, "R-4.4.2b");
        notNegative("dueSoonWorkingDays", dueSoonWorkingDays, "SLA warning");
        Objects.requireNonNull(handoverDueSoon, "handoverDueSoon");
        if (handoverDueSoon.isNegative()) {
            throw new IllegalArgumentException("handoverDueSoon: value " + handoverDueSoon + ": must not be negative (R-4.2.1b)");
        }
        notNegative("customerUpdatesPerWeek", customerUpdatesPerWeek, "R-4.4.1b");
        customerUpdateTypes = Set.copyOf(Objects.requireNonNull(customerUpdateTypes, "customerUpdateTypes"));
        notNegative("weeklyReviewGraceWorkingDays", weeklyReviewGraceWorkingDays, "R-4.4.2d7");
        notNegative("agreedReplyDueSoon", agreedReplyDueSoon, "R-4.2.5b");
        notNegative("onlineCollectionDueSoon", onlineCollectionDueSoon, "R-4.2.1c");
    }

    private static void notNegative(String field, Duration value, String rule) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + ": value " + value + ": must not be negative (" + rule + ")");
        }
    }

    /**
     * The defaults: the procedure's time limits (3 and 7 working days), follow-up period (2 working
     * days) and weekly customer updates (2), with the project's choices where the procedure gives no
     * number (due soon 1 working day before, handover warning 30 minutes, weekly review due by Sunday,
     * agreed reply and daily online collection warnings 2 hours).
     *
     * @return the default policy
     */
    public static SlaPolicy defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}' values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.serviceCentreLimitDays = serviceCentreLimitDays;
        b.companyLimitDays = companyLimitDays;
        b.escalationSwitchesLimit = escalationSwitchesLimit;
        b.companyLimitLevels = companyLimitLevels;
        b.followUpDays = followUpDays;
        b.dueSoonWorkingDays = dueSoonWorkingDays;
        b.handoverDueSoon = handoverDueSoon;
        b.customerUpdatesPerWeek = customerUpdatesPerWeek;
        b.customerUpdateTypes = customerUpdateTypes;
        b.weeklyReviewGraceWorkingDays = weeklyReviewGraceWorkingDays;
        b.agreedReplyDueSoon = agreedReplyDueSoon;
        b.onlineCollectionDueSoon = onlineCollectionDueSoon;
        return b;
    }

    private static void positive(String field, int value, String rule) {
        if (value < 1) {
            throw new IllegalArgumentException(field + ": value " + value + ": must be at least 1 (" + rule + ")");
        }
    }

    private static void notNegative(String field, int value, String rule) {
        if (value < 0) {
            throw new IllegalArgumentException(field + ": value " + value + ": must not be negative (" + rule + ")");
        }
    }

    /**
     * Builds a {@link SlaPolicy}; starts from {@link SlaPolicy#defaults()}' values (the procedure's where it gives
     * a number, the project's choice otherwise). Not thread-safe.
     */
    public static final class Builder {
        private int serviceCentreLimitDays = 3;
        private int companyLimitDays = 7;
        private boolean escalationSwitchesLimit = true;
        private Set<String> companyLimitLevels = Set.of("GMD", "MANAGEMENT_REPRESENTATIVE", "GENERAL_MANAGER");
        private int followUpDays = 2;
        private int dueSoonWorkingDays = 1;
        private Duration handoverDueSoon = Duration.ofMinutes(30);
        private int customerUpdatesPerWeek = 2;
        private Set<String> customerUpdateTypes = Set.of("COMPLAINT");
        private int weeklyReviewGraceWorkingDays;
        private Duration agreedReplyDueSoon = Duration.ofHours(2);
        private Duration onlineCollectionDueSoon = Duration.ofHours(2);

        private Builder() {
        }

        /** Sets the time limit for a service centre's case, working days; returns this builder. */
        public Builder serviceCentreLimitDays(int v) { serviceCentreLimitDays = v; return this; }

        /** Sets the time limit for the company's case, working days; returns this builder. */
        public Builder companyLimitDays(int v) { companyLimitDays = v; return this; }

        /** Sets whether escalation to the company switches to its limit; returns this builder. */
        public Builder escalationSwitchesLimit(boolean v) { escalationSwitchesLimit = v; return this; }

        /** Sets the escalation level codes counting as the company; returns this builder. */
        public Builder companyLimitLevels(Set<String> v) { companyLimitLevels = v; return this; }

        /** Sets how many working days after completion the follow-up is due (R-4.4.2b); returns this builder. */
        public Builder followUpDays(int v) { followUpDays = v; return this; }

        /** Sets the warning period in working days (default 1; project's choice: the procedure gives no warning period); returns this builder. */
        public Builder dueSoonWorkingDays(int v) { dueSoonWorkingDays = v; return this; }

        /** Sets the warning period before a handover is due (default 30 minutes; project's choice: the procedure gives no warning period); returns this builder. */
        public Builder handoverDueSoon(Duration v) { handoverDueSoon = v; return this; }

        /** Sets the customer updates per calendar week of a long-running complaint (R-4.4.1b); returns this builder. */
        public Builder customerUpdatesPerWeek(int v) { customerUpdatesPerWeek = v; return this; }

        /** Sets the type codes the weekly customer updates apply to; returns this builder. */
        public Builder customerUpdateTypes(Set<String> v) { customerUpdateTypes = v; return this; }

        /**
         * Sets how many working days after a week's Sunday its review is still on time (R-4.4.2d7; default 0;
         * project's choice: the procedure gives no due day for the weekly review); returns this builder.
         */
        public Builder weeklyReviewGraceWorkingDays(int v) { weeklyReviewGraceWorkingDays = v; return this; }

        /**
         * Sets how long before the agreed reply time it is due soon (R-4.2.5b; default 2 hours; project's
         * choice); returns this builder.
         */
        public Builder agreedReplyDueSoon(Duration v) { agreedReplyDueSoon = v; return this; }

        /**
         * Sets how long before the close of office hours a working day's online collection is due soon
         * (R-4.2.1c; default 2 hours; project's choice); returns this builder.
         */
        public Builder onlineCollectionDueSoon(Duration v) { onlineCollectionDueSoon = v; return this; }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException a number is out of range (the message names field, value and rule)
         */
        public SlaPolicy build() {
            return new SlaPolicy(serviceCentreLimitDays, companyLimitDays, escalationSwitchesLimit, companyLimitLevels,
                    followUpDays, dueSoonWorkingDays, handoverDueSoon, customerUpdatesPerWeek, customerUpdateTypes,
                    weeklyReviewGraceWorkingDays, agreedReplyDueSoon, onlineCollectionDueSoon);
        }
    }
}
