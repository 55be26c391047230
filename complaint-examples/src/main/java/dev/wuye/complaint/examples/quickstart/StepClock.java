package dev.wuye.complaint.examples.quickstart;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The examples' clock: set to (or moved on to) each scripted event's time, so every run prints the same. */
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

    void advance(java.time.Duration d) {
        now = now.plus(d);
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
