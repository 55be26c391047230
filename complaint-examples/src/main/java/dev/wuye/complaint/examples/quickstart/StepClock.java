package dev.wuye.complaint.examples.quickstart;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The simulation's clock: set to each scripted event's time, so every run prints the same. */
final class StepClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    StepClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant at) {
        now = at;
    }

    /** Now as a local date-time in the clock's zone. */
    LocalDateTime now() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return Clock.fixed(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
