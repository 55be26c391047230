package dev.wuye.complaint.desk;

import java.time.Instant;

/** When the receiver accepts opinions; outside, the duty officer registers them (R-4.2.1b). */
interface IntakeHours {

    /** Whether {@code at} is within office hours on a working day. */
    boolean isOpen(Instant at);

    /** The start of the next office hours after {@code at}: when a duty registration's handover is due. */
    Instant nextOpening(Instant at);
}
